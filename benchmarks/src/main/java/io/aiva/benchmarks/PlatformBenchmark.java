package io.aiva.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import io.aiva.localstack.LocalStack;

/**
 * The benchmark command ({@code docs/benchmarks.md}). Starts the local stack on free ports with a
 * throw-away database, as the integration tests do, and records Liberty's start-to-ready, first with
 * empty caches and then restarted with them filled (as a container image prepares them). Then loads,
 * one after the other on the same server, a trivial endpoint (the ceiling: what the server and this
 * machine can do at all) and a database-backed read, and prints both with their ratio, the figure
 * meant to be compared between runs: a noisy or slower machine moves both rows alike.
 */
public final class PlatformBenchmark {

    /** One endpoint under load; a signed-in one sends a fresh super-admin token with every wrk run. */
    private record Endpoint(String label, String name, String path, boolean signedIn) {
    }

    private final LocalStack stack;
    private final Wrk wrk;
    private final Path work;
    private final Duration warmUp;
    private final Duration duration;
    private final SuperAdminTokens tokens;

    private PlatformBenchmark(LocalStack stack, Wrk wrk, Path work, Duration warmUp, Duration duration) {
        this.stack = stack;
        this.wrk = wrk;
        this.work = work;
        this.warmUp = warmUp;
        this.duration = duration;
        this.tokens = new SuperAdminTokens(stack.login());
    }

    public static void main(String[] args) throws Exception {
        Optional<Wrk> wrk = Wrk.onPath();
        if (wrk.isEmpty()) {
            System.err.println(Wrk.MISSING);
            System.exit(2);
        }
        Duration duration = Duration.ofSeconds(Long.parseLong(required("aiva.benchmark.duration")));
        Duration warmUp = Duration.ofSeconds(Long.parseLong(required("aiva.benchmark.warmup")));
        Path work = Files.createDirectories(Path.of(required("aiva.benchmark.work")));
        LocalStack.Options options = new LocalStack.Options(
                Path.of(required("aiva.liberty.install")),
                required("aiva.liberty.server"),
                null,
                0,
                work.resolve("liberty"),
                new LocalStack.KeycloakOptions(Path.of(required("aiva.keycloak.dist")), Path.of(required("aiva.cache.dir")),
                        0, work.resolve("keycloak/keycloak.log")));
        System.out.println("Starting AIVA on free ports with a throw-away database (logs in " + work + ") ...");
        LocalStack stack = LocalStack.start(options);
        boolean valid;
        try {
            valid = new PlatformBenchmark(stack, wrk.get(), work, warmUp, duration).run();
        } finally {
            System.out.println("Stopping AIVA ...");
            stack.close();
        }
        if (!valid) {
            System.exit(1);
        }
    }

    /** Measures both endpoints, prints the table and tells whether both runs were clean. */
    private boolean run() throws IOException, InterruptedException {
        // Asking for a token that outlives a measured run refuses, before any load, a duration no token can.
        String tenantId = BenchmarkTenant.onboard(stack.baseUri(), tokens.lasting(duration));
        Duration firstStart = stack.libertyStartToReady();
        System.out.println("Restarting Liberty to measure a start with its caches filled ...");
        Duration restart = stack.restartLiberty();
        ResultTable.Row ceiling = measure(new Endpoint("GET /api/v1/status (ceiling)", "status", "/api/v1/status", false));
        ResultTable.Row dbRead = measure(new Endpoint("GET /api/v1/tenants/{id} (db read)", "tenant",
                "/api/v1/tenants/" + tenantId, true));
        System.out.println(ResultTable.of(heading(), firstStart, restart, ceiling, dbRead));
        System.out.println("  wrk's full reports: " + work.resolve("wrk-*.txt"));
        return ceiling.result().valid() && dbRead.result().valid();
    }

    /** A warm-up run, so the JIT and the connection pool are past their first requests, then the measured run. */
    private ResultTable.Row measure(Endpoint endpoint) throws IOException, InterruptedException {
        URI url = stack.baseUri().resolve(endpoint.path());
        System.out.println("Warming up " + endpoint.label() + " for " + warmUp.toSeconds() + " s (not reported) ...");
        wrk.run(url, warmUp, headers(endpoint, warmUp));
        System.out.println("Measuring " + endpoint.label() + " for " + duration.toSeconds() + " s ...");
        String report = wrk.run(url, duration, headers(endpoint, duration));
        Files.writeString(work.resolve("wrk-" + endpoint.name() + ".txt"), report);
        return new ResultTable.Row(endpoint.label(), WrkResult.parse(report));
    }

    private List<String> headers(Endpoint endpoint, Duration run) throws IOException, InterruptedException {
        return endpoint.signedIn() ? List.of("Authorization: Bearer " + tokens.lasting(run)) : List.of();
    }

    private String heading() {
        return "AIVA benchmark, " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))
                + ", " + Runtime.getRuntime().availableProcessors() + " cores: " + Wrk.describe(duration)
                + " per endpoint, after a " + warmUp.toSeconds() + " s warm-up";
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("-D" + property + " is required (the benchmark profile sets it)");
        }
        return value;
    }
}
