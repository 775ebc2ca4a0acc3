package io.aiva.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.aiva.localstack.DemoUsers;
import io.aiva.localstack.LibertyJvm;
import io.aiva.localstack.LocalStack;

/**
 * The benchmark command ({@code docs/benchmarks.md}). Starts the local stack on free ports with a
 * throw-away database, as the integration tests do, and records Liberty's start-to-ready, first with
 * empty caches and then restarted with them filled (as a container image prepares them). Then loads,
 * one after the other on the same server: a trivial endpoint (the ceiling: what the server and this
 * machine can do at all), a one-row database read, an API client's tenant-scoped read of an
 * assignment, its creation of assignments and candidates' answers, and prints them with their
 * ratios, the figures meant to be compared between runs: a noisy or slower machine moves all rows
 * alike. Last, the time from an interview's completion until its scorecard is ready.
 */
public final class PlatformBenchmark {

    /**
     * One endpoint under load: with a fresh token of {@code caller} for every wrk run when there is
     * one, and a POST {@code body} when there is one.
     */
    private record Endpoint(String label, String name, String path, AccessTokens caller, String body) {
    }

    /** How often the benchmark's Liberty looks for due jobs: it inherits this command's environment. */
    private static final Duration JOBS_POLLING = Duration.ofMillis(Long.parseLong(
            System.getenv().getOrDefault("AIVA_JOBS_POLLING_INTERVAL_MS", "1000")));

    /** HotSpot's C1 compiler alone: quicker starts on two cores, slower code once C2 would have compiled it. */
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    private final LocalStack stack;
    private final Wrk wrk;
    private final Path work;
    private final Duration warmUp;
    private final Duration duration;
    private final int interviews;
    private final int scorecards;
    private final int restarts;
    private final AccessTokens operator;

    private PlatformBenchmark(LocalStack stack, Wrk wrk, Path work, Duration warmUp, Duration duration, int interviews,
            int scorecards, int restarts) {
        this.stack = stack;
        this.wrk = wrk;
        this.work = work;
        this.warmUp = warmUp;
        this.duration = duration;
        this.interviews = interviews;
        this.scorecards = scorecards;
        this.restarts = restarts;
        this.operator = new AccessTokens("super-admin", () -> {
            try {
                return stack.login().accessToken(DemoUsers.SUPER_ADMIN, DemoUsers.PASSWORD);
            } catch (IOException e) {
                throw new IllegalStateException("the demo super-admin got no token: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while getting a token", e);
            }
        });
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
        int restarts = Integer.parseInt(required("aiva.benchmark.restarts"));
        if (restarts < 1) {
            System.err.println("aiva.benchmark.restarts must be at least 1, was " + restarts);
            System.exit(2);
        }
        LocalStack.Options options = new LocalStack.Options(
                Path.of(required("aiva.liberty.install")),
                required("aiva.liberty.server"),
                null,
                0,
                work.resolve("liberty"),
                new LocalStack.KeycloakOptions(Path.of(required("aiva.keycloak.dist")), Path.of(required("aiva.cache.dir")),
                        0, work.resolve("keycloak/keycloak.log")),
                libertyJvm());
        System.out.println("Starting AIVA on free ports with a throw-away database (logs in " + work + "), Liberty on "
                + (options.libertyJvm().javaHome() == null ? "this machine's default JDK" : options.libertyJvm().javaHome())
                + " ...");
        LocalStack stack = LocalStack.start(options);
        boolean valid;
        try {
            valid = new PlatformBenchmark(stack, wrk.get(), work, warmUp, duration,
                    Integer.parseInt(required("aiva.benchmark.interviews")),
                    Integer.parseInt(required("aiva.benchmark.scorecards")), restarts).run();
        } finally {
            System.out.println("Stopping AIVA ...");
            stack.close();
        }
        if (!valid) {
            System.exit(1);
        }
    }

    /** Measures every endpoint, prints the table and tells whether every run was clean. */
    private boolean run() throws IOException, InterruptedException {
        // Asking for a token that outlives a measured run refuses, before any load, a duration no token can.
        BenchmarkCompany company = BenchmarkCompany.setUp(stack.baseUri(), stack.login(), operator.lasting(duration));
        AccessTokens integration = new AccessTokens("API client", company.clientTokens(stack.login()));
        integration.lasting(duration);
        ResultTable.StartToReady start = startToReady();
        ResultTable.Row ceiling = measure(new Endpoint("GET /api/v1/status (ceiling)", "status", "/api/v1/status", null, null));
        ResultTable.Row oneRow = measure(new Endpoint("GET /api/v1/tenants/{id} (one-row read)", "tenant",
                "/api/v1/tenants/" + company.tenantId, operator, null));
        ResultTable.Row assignment = measure(new Endpoint("GET /api/v1/assignments/{id} (tenant-scoped)", "get-assignment",
                "/api/v1/assignments/" + company.assignmentId, integration, null));
        ResultTable.Row assign = measure(new Endpoint("POST /api/v1/assignments", "post-assignment", "/api/v1/assignments",
                integration, BenchmarkCompany.assignmentBody(company.candidateId, company.templateId)));
        ResultTable.Row answers = answerLoad(company, integration);
        // A scorecard that never gets ready fails this measure only, not the figures measured before it.
        String scorecardReady;
        boolean scored;
        try {
            Latencies ready = scorecardLatency(company, integration);
            scorecardReady = "p50 " + Latencies.millis(ready.percentile(50)) + ", p95 " + Latencies.millis(ready.percentile(95))
                    + ", max " + Latencies.millis(ready.max());
            scored = true;
        } catch (IOException e) {
            scorecardReady = "INVALID: " + e.getMessage();
            scored = false;
        }
        List<ResultTable.Row> rows = List.of(ceiling, oneRow, assignment, assign, answers);
        System.out.println(ResultTable.of(heading(), start, rows, List.of(
                new ResultTable.Ratio("one-row read / ceiling", oneRow, ceiling),
                new ResultTable.Ratio("tenant-scoped GET / one-row read", assignment, oneRow),
                new ResultTable.Ratio("POST assignment / one-row read", assign, oneRow),
                new ResultTable.Ratio("PUT answer / one-row read", answers, oneRow))));
        System.out.println("  completion to scorecard ready (builtin), " + scorecards + " interviews one at a time (jobs polled"
                + " every " + JOBS_POLLING.toMillis() + " ms, the scorecard every " + ScorecardLatency.POLL_EVERY.toMillis()
                + " ms):");
        System.out.println("    " + scorecardReady);
        System.out.println("");
        System.out.println("  wrk's full reports: " + work.resolve("wrk-*.txt"));
        return scored && rows.stream().allMatch(row -> row.result().valid());
    }

    /**
     * Opens interviews through the API (not timed), warms up on some, then answers the others for at
     * most the run's duration.
     */
    private ResultTable.Row answerLoad(BenchmarkCompany company, AccessTokens integration) throws IOException, InterruptedException {
        AnswerLoad load = new AnswerLoad(stack.baseUri());
        System.out.println("Opening " + (interviews / 5 + interviews) + " interviews to answer (not timed) ...");
        String token = integration.lasting(Duration.ofMinutes(4));
        Queue<AnswerLoad.Interview> warm = load.prepare(interviews / 5, token, company.candidateId, company.answeringTemplateId);
        Queue<AnswerLoad.Interview> measured = load.prepare(interviews, token, company.candidateId, company.answeringTemplateId);
        System.out.println("Warming up PUT answer for at most " + warmUp.toSeconds() + " s (not reported) ...");
        load.run(warm, warmUp);
        System.out.println("Measuring PUT answer for at most " + duration.toSeconds() + " s ...");
        return new ResultTable.Row("PUT answer, " + AnswerLoad.WORKERS + " workers (durable write)", load.run(measured, duration));
    }

    /**
     * Opens and answers interviews of ten questions (not timed), then completes them one by one and
     * times each until its scorecard is ready.
     */
    private Latencies scorecardLatency(BenchmarkCompany company, AccessTokens integration)
            throws IOException, InterruptedException {
        AnswerLoad load = new AnswerLoad(stack.baseUri());
        System.out.println("Opening and answering " + scorecards + " interviews to complete (not timed) ...");
        List<AnswerLoad.Interview> answered = List.copyOf(load.prepare(scorecards, integration.lasting(Duration.ofMinutes(1)),
                company.candidateId, company.answeringTemplateId));
        load.run(new ConcurrentLinkedQueue<>(answered), Duration.ofMinutes(2));
        System.out.println("Completing them one at a time, each timed until its scorecard is ready ...");
        return new ScorecardLatency(stack.baseUri(), JOBS_POLLING).measure(answered, integration);
    }

    /** A warm-up run, so the JIT and the connection pool are past their first requests, then the measured run. */
    private ResultTable.Row measure(Endpoint endpoint) throws IOException, InterruptedException {
        URI url = stack.baseUri().resolve(endpoint.path());
        Optional<Path> script = endpoint.body() == null ? Optional.empty() : Optional.of(postScript(endpoint));
        System.out.println("Warming up " + endpoint.label() + " for " + warmUp.toSeconds() + " s (not reported) ...");
        wrk.run(url, warmUp, headers(endpoint, warmUp), script);
        System.out.println("Measuring " + endpoint.label() + " for " + duration.toSeconds() + " s ...");
        String report = wrk.run(url, duration, headers(endpoint, duration), script);
        Files.writeString(work.resolve("wrk-" + endpoint.name() + ".txt"), report);
        return new ResultTable.Row(endpoint.label(), WrkResult.parse(report));
    }

    /** wrk sends GETs unless a script says otherwise. */
    private Path postScript(Endpoint endpoint) throws IOException {
        return Files.writeString(work.resolve("wrk-" + endpoint.name() + ".lua"), "wrk.method = \"POST\"\n"
                + "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
                + "wrk.body = '" + endpoint.body() + "'\n");
    }

    private List<String> headers(Endpoint endpoint, Duration run) throws IOException {
        return endpoint.caller() == null ? List.of() : List.of("Authorization: Bearer " + endpoint.caller().lasting(run));
    }

    /**
     * The first start's figure, then restarts with what a deployment's image holds: Liberty's OSGi
     * and annotation caches, which any earlier start fills, and on JDK 25 or later an ahead-of-time
     * cache of the classes a start loads, recorded by a training start (not measured). Restarts with
     * C1 only and as configured take turns, so a minute when the machine runs slow costs both alike,
     * and the last one is as configured: the endpoints are measured on it.
     */
    private ResultTable.StartToReady startToReady() throws IOException, InterruptedException {
        Duration firstStart = stack.libertyStartToReady();
        LibertyJvm jvm = stack.libertyJvm();
        String caches = "OSGi cache; no JDK " + LibertyJvm.AOT_CACHE_RELEASE + "+ for an ahead-of-time cache";
        if (jvm.supportsAotCache()) {
            Path aotCache = work.resolve("liberty.aot");
            Files.deleteIfExists(aotCache);
            System.out.println("Recording an ahead-of-time cache with a training start (not measured) ...");
            stack.restartLiberty(jvm.recordingAotCache(aotCache));
            jvm = jvm.usingAotCache(aotCache);
            caches = "OSGi cache and the training start's ahead-of-time cache";
        }
        System.out.println("Restarting Liberty " + restarts + " times with C1 only and as many as configured, in turns,"
                + " to measure starts with the caches filled ...");
        List<Duration> c1Only = new ArrayList<>();
        List<Duration> configured = new ArrayList<>();
        for (int i = 0; i < restarts; i++) {
            c1Only.add(stack.restartLiberty(jvm.withOption(C1_ONLY)));
            configured.add(stack.restartLiberty(jvm));
        }
        return new ResultTable.StartToReady(firstStart, new ResultTable.Restarts(configured), new ResultTable.Restarts(c1Only),
                caches);
    }

    /**
     * Liberty runs on {@code -Daiva.benchmark.java-home} when given, else on the newest JDK of
     * release 25 or later under {@code /usr/lib/jvm}, else on this machine's default JDK; only from
     * release 25 on with an ahead-of-time cache.
     */
    private static LibertyJvm libertyJvm() throws IOException {
        String named = System.getProperty("aiva.benchmark.java-home", "");
        if (!named.isBlank()) {
            return new LibertyJvm(Path.of(named), List.of());
        }
        return LibertyJvm.newestJdk(Path.of("/usr/lib/jvm"), LibertyJvm.AOT_CACHE_RELEASE)
                .map(home -> new LibertyJvm(home, List.of()))
                .orElse(LibertyJvm.DEFAULT);
    }

    private String heading() {
        return "AIVA benchmark, " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))
                + ", " + Runtime.getRuntime().availableProcessors() + " cores: " + Wrk.describe(duration)
                + " per endpoint, after a " + warmUp.toSeconds() + " s warm-up";
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("-D" + property + " is required (the benchmark profile sets it)");
        }
        return value;
    }
}
