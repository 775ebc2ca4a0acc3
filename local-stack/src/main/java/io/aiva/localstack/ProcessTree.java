package io.aiva.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops a child process and everything it started, politely first, or kills it all as a crash would. */
final class ProcessTree {

    /** How long a polite stop may take before the tree is killed: a server stops in seconds. */
    static final Duration STOP_LIMIT = Duration.ofMinutes(1);

    private ProcessTree() {
    }

    /** Launch scripts often run the JVM as their own child, so the whole tree is stopped. */
    static void stop(Process process, Duration limit) throws InterruptedException {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                handle.destroyForcibly();
            }
        }
    }

    /** The whole tree killed at once, as a machine failure would: nothing gets to clean up. */
    static void kill(Process process) throws InterruptedException {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(60, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("process " + handle.pid() + " outlived SIGKILL for a minute", e);
            }
        }
    }
}
