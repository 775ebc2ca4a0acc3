package io.aiva.core.job;

import com.github.kagkarlsson.scheduler.task.Task;

/** A kind of durable job; every CDI bean of this type is run by the server's scheduler. */
public interface JobType {

    Task<?> task();
}
