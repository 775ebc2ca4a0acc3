package io.aiva.benchmarks;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The wrk load generator on this machine's PATH, run with the load: 50 connections kept
 * open by 2 threads (one per core of the reference machine).
 */
final class Wrk {

    static final String MISSING = "wrk is not on the PATH: install it (Debian/Ubuntu: sudo apt-get install wrk) "
            + "and run the benchmark again";
    private static final int THREADS = 2;
    private static final int CONNECTIONS = 50;

    private final Path executable;

    private Wrk(Path executable) {
        this.executable = executable;
    }

    static Optional<Wrk> onPath() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, "wrk"))
                .filter(Files::isExecutable)
                .findFirst()
                .map(Wrk::new);
    }

    /** The command line of a run, without the URL and the headers, as the results should name it. */
    static String describe(Duration duration) {
        return "wrk -t" + THREADS + " -c" + CONNECTIONS + " -d" + duration.toSeconds() + "s --latency";
    }

    /**
     * Loads {@code url} for {@code duration}, sending {@code headers} with every request, and running
     * {@code script} (wrk's Lua, e.g. for a POST) when given; returns wrk's report.
     */
    String run(URI url, Duration duration, List<String> headers, Optional<Path> script) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-t" + THREADS, "-c" + CONNECTIONS,
                "-d" + duration.toSeconds() + "s", "--latency"));
        if (script.isPresent()) {
            command.add("-s");
            command.add(script.get().toString());
        }
        for (String header : headers) {
            command.add("-H");
            command.add(header);
        }
        command.add(url.toString());
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = wrk.waitFor();
        if (status != 0) {
            throw new IOException("wrk exited with status " + status + " loading " + url + ": " + report.strip());
        }
        return report;
    }
}
