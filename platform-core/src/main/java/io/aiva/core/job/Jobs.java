package io.aiva.core.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import io.aiva.core.migration.SchemaCurrent;
import io.aiva.core.secret.SecretSealer;

/**
 * The server's share of the durable jobs. A job is scheduled in the transaction of the change that
 * calls for it (through the transactional data source, so both are committed or neither), and run by
 * db-scheduler once the schema is current, on threads of Liberty's managed thread factory (so the
 * job's code has the application's transactions and resources). Several servers poll the same table;
 * each due job is picked by one of them. A job due at once is looked for as soon as its transaction
 * commits rather than at this server's next poll, so a scorecard or a webhook does not wait up to a
 * polling interval. Recurring jobs (housekeeping) are scheduled at start.
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

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Inject
    Instance<JobType> jobTypes;

    @Inject
    SecretSealer secrets;

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
    private boolean stopped;

    @PostConstruct
    void prepare() {
        tasks = jobTypes.stream().<Task<?>>map(JobType::task).toList();
        client = SchedulerClient.Builder.create(transactionalDataSource, tasks).serializer(new JacksonSerializer()).build();
    }

    /** Schedules a job in the caller's transaction: it exists once that commits, and never if it rolls back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> void schedule(TaskInstance<T> job, Instant when) {
        client.scheduleIfNotExists(job, when);
        if (!when.isAfter(Instant.now())) {
            transaction.registerInterposedSynchronization(new PollWhenCommitted(this::pollNow));
        }
    }

    /** Looks for due jobs now rather than at the next polling interval, if this server runs jobs yet. */
    private void pollNow() {
        Scheduler running = scheduler;
        if (running != null) {
            running.triggerCheckForDueExecutions();
        }
    }

    /**
     * Polls once the transaction that scheduled a due job has committed. Not before: the poll reads
     * committed rows only, so earlier it would find nothing and the job would wait for the next poll
     * all the same. db-scheduler's own immediate execution cannot do this: it wakes the scheduler only
     * for jobs scheduled through the scheduler itself, whose data source commits each statement at
     * once, outside the caller's transaction. The cost is a poll or two more for each such
     * transaction on this server: wakes that come while a poll runs make one more poll after it,
     * however many they are. Idle servers keep polling at their interval only.
     */
    static final class PollWhenCommitted implements Synchronization {

        private final Runnable poll;

        PollWhenCommitted(Runnable poll) {
            this.poll = poll;
        }

        @Override
        public void beforeCompletion() {
            // Nothing to do until the outcome is known.
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                poll.run();
            }
        }
    }

    /**
     * Off the readiness path: the server takes requests while the scheduler starts. Not on a server
     * that cannot read stored secrets: it would take jobs from the servers that can, and fail them.
     */
    synchronized void start(@ObservesAsync SchemaCurrent schema) {
        if (scheduler != null || stopped) {
            return;
        }
        Optional<String> secretsProblem = secrets.problem();
        if (secretsProblem.isPresent()) {
            LOG.warning(() -> "Durable jobs not started: " + secretsProblem.get());
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
        stopped = true;
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }
}
