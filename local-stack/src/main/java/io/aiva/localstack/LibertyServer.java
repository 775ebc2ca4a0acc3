package io.aiva.localstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Open Liberty server that the liberty-maven-plugin assembled in {@code platform-ear}, run as a
 * child process with its configuration passed through the environment, as in production.
 */
public final class LibertyServer implements AutoCloseable {

    /** A stop that writes an ahead-of-time cache first takes half a minute or more. */
    private static final Duration STOP_LIMIT_WRITING_AOT_CACHE = Duration.ofMinutes(5);

    private final Process process;
    private final URI baseUri;
    private final Path consoleLog;
    private final Duration stopLimit;

    private LibertyServer(Process process, URI baseUri, Path consoleLog, Duration stopLimit) {
        this.process = process;
        this.baseUri = baseUri;
        this.consoleLog = consoleLog;
        this.stopLimit = stopLimit;
    }

    /**
     * Starts the server. With an {@code outputDirectory}, its logs and work area go there (so several
     * instances of the same server can run side by side) and its console output to
     * {@code console.log} inside it; without, to this process's own output. A {@code clean} start
     * drops the work area's caches first: the application's jars keep their names from one build to
     * the next, and a cache kept from a previous build can serve the old classes.
     * <p>
     * The script runs under bash rather than its {@code #!/bin/sh}: with a shell that has bash's
     * parameter expansions it quotes each JVM option in place, while under Debian's dash it forks
     * {@code sed} for each of them, two seconds of a start on a small machine.
     */
    public static LibertyServer start(Path installDirectory, String serverName, int httpPort,
            Map<String, String> environment, Path outputDirectory, boolean clean, LibertyJvm jvm) throws IOException {
        Path script = installDirectory.resolve("bin/server");
        if (!Files.isExecutable(script)) {
            throw new IOException("no Liberty server at " + installDirectory
                    + ": build it first (./mvnw package -pl platform-ear -am)");
        }
        List<String> command = new ArrayList<>(List.of("bash", script.toString(), "run", serverName));
        if (clean) {
            command.add("--clean");
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        builder.environment().put("AIVA_HTTP_PORT", Integer.toString(httpPort));
        jvm.applyTo(builder.environment());
        builder.redirectErrorStream(true);
        Path consoleLog = null;
        if (outputDirectory == null) {
            builder.redirectOutput(ProcessBuilder.Redirect.INHERIT);
        } else {
            Files.createDirectories(outputDirectory);
            builder.environment().put("WLP_OUTPUT_DIR", outputDirectory.toAbsolutePath().toString());
            consoleLog = outputDirectory.resolve("console.log");
            builder.redirectOutput(consoleLog.toFile());
        }
        return new LibertyServer(builder.start(), URI.create("http://localhost:" + httpPort), consoleLog,
                jvm.recordsAotCache() ? STOP_LIMIT_WRITING_AOT_CACHE : ProcessTree.STOP_LIMIT);
    }

    public URI baseUri() {
        return baseUri;
    }

    /** The console output, when it goes to a file. */
    public Path consoleLog() {
        return consoleLog;
    }

    /**
     * Waits until {@code /health/ready} answers UP. Polling is the only way to learn that a separate
     * process is ready; the deadline only bounds a broken start.
     */
    public void awaitReady(Duration limit) throws IOException, InterruptedException {
        await("/health/ready", limit);
    }

    /** Waits until the application has started, whether or not its database is ready. */
    public void awaitStarted(Duration limit) throws IOException, InterruptedException {
        await("/health/started", limit);
    }

    private void await(String healthPath, Duration limit) throws IOException, InterruptedException {
        HealthPoller.awaitOk("Liberty", process, baseUri.resolve(healthPath), limit, consoleLog);
    }

    /** Kills the server's processes with no chance to stop cleanly, as a crash of its machine would. */
    public void crash() throws InterruptedException {
        ProcessTree.kill(process);
    }

    @Override
    public void close() throws InterruptedException {
        ProcessTree.stop(process, stopLimit);
    }
}
