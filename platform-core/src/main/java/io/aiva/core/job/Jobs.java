package io.aiva.core.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import io.aiva.core.migration.SchemaCurrent;

/**
 * The server's share of the durable jobs. A job is scheduled in the transaction of the change that
 * calls for it (through the transactional data source, so both are committed or neither), and run by
 * db-scheduler once the schema is current, on threads of Liberty's managed thread factory (so the
 * job's code has the application's transactions and resources). Several servers poll the same table;
 * each due job is picked by one of them. Recurring jobs (housekeeping) are scheduled at start.
 */
@ApplicationScoped
public class Jobs {

    private static final Logger LOG = Logger.getLogger(Jobs.class.getName());

    @Resource(lookup = "jdbc/aiva")
    DataSource transactionalDataSource;

    @Resource(lookup = "jdbc/aivaJobs")
    DataSource schedulerDataSource;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    Instance<JobType> jobTypes;

    @Inject
    @ConfigProperty(name = "aiva.jobs.threads", defaultValue = "4")
    int threadCount;

    @Inject
    @ConfigProperty(name = "aiva.jobs.polling-interval-ms", defaultValue = "1000")
    long pollingIntervalMillis;

    /**
     * How often a server says it is still running each of its jobs. A job whose server has missed
     * {@link #MISSED_HEARTBEATS_LIMIT} heartbeats (it crashed, or lost the database) is taken to be
     * dead and run again by whichever server sees it first.
     */
    @Inject
    @ConfigProperty(name = "aiva.jobs.heartbeat-seconds", defaultValue = "30")
    long heartbeatSeconds;

    static final int MISSED_HEARTBEATS_LIMIT = 4;

    private List<Task<?>> tasks;
    private SchedulerClient client;
    private volatile Scheduler scheduler;

    @PostConstruct
    void prepare() {
        tasks = jobTypes.stream().<Task<?>>map(JobType::task).toList();
        client = SchedulerClient.Builder.create(transactionalDataSource, tasks).serializer(new JacksonSerializer()).build();
    }

    /** Schedules a job in the caller's transaction: it exists once that commits, and never if it rolls back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> void schedule(TaskInstance<T> job, Instant when) {
        client.scheduleIfNotExists(job, when);
    }

    synchronized void start(@Observes SchemaCurrent schema) {
        if (scheduler != null) {
            return;
        }
        ExecutorService workers = Executors.newFixedThreadPool(threadCount, threads);
        List<Task<?>> onDemand = tasks.stream().filter(task -> !(task instanceof RecurringTask<?>)).toList();
        List<RecurringTask<?>> recurring = tasks.stream().filter(RecurringTask.class::isInstance)
                .<RecurringTask<?>>map(RecurringTask.class::cast).toList();
        scheduler = Scheduler.create(schedulerDataSource, onDemand)
                .startTasks(recurring)
                .serializer(new JacksonSerializer())
                .threads(threadCount)
                .executorService(workers)
                .dueExecutor(Executors.newSingleThreadExecutor(threads))
                .housekeeperExecutor(Executors.newSingleThreadScheduledExecutor(threads))
                .pollingInterval(Duration.ofMillis(pollingIntervalMillis))
                .heartbeatInterval(Duration.ofSeconds(heartbeatSeconds))
                .missedHeartbeatsLimit(MISSED_HEARTBEATS_LIMIT)
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
        scheduler.start();
        LOG.info(() -> "Durable jobs running: " + tasks.stream().map(Task::getName).toList());
    }

    @PreDestroy
    synchronized void stop() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }
}
