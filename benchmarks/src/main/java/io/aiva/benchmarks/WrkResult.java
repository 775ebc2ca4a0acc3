package io.aiva.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one wrk run measured, read from the report wrk 4 prints with {@code --latency}.
 *
 * @param requests          requests completed in the run
 * @param requestsPerSecond wrk's "Requests/sec"
 * @param p50               the 50% line of the latency distribution
 * @param p99               the 99% line of the latency distribution
 * @param errorResponses    responses with a status of 400 or more (wrk's "Non-2xx or 3xx responses")
 * @param socketErrors      connections that failed, broke or timed out
 */
public record WrkResult(long requests, double requestsPerSecond, Duration p50, Duration p99, long errorResponses,
        SocketErrors socketErrors) {

    /** wrk's "Socket errors" line; a timeout is a request without an answer within wrk's 2 s. */
    public record SocketErrors(long connect, long read, long write, long timeout) {

        static final SocketErrors NONE = new SocketErrors(0, 0, 0, 0);

        public long total() {
            return connect + read + write + timeout;
        }

        @Override
        public String toString() {
            return "connect " + connect + ", read " + read + ", write " + write + ", timeout " + timeout;
        }
    }

    private static final Pattern REQUESTS = Pattern.compile("^\\s*(\\d+) requests in ", Pattern.MULTILINE);
    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("^Requests/sec:\\s+([\\d.]+)\\s*$", Pattern.MULTILINE);
    private static final Pattern P50 = latencyLine("50");
    private static final Pattern P99 = latencyLine("99");
    private static final Pattern ERROR_RESPONSES = Pattern.compile("^\\s*Non-2xx or 3xx responses: (\\d+)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "^\\s*Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)\\s*$", Pattern.MULTILINE);
    /** wrk prints latencies in the largest unit that keeps the number at least 1. */
    private static final Map<String, Long> NANOS_PER_UNIT = Map.of("us", 1_000L, "ms", 1_000_000L, "s", 1_000_000_000L,
            "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    private static Pattern latencyLine(String percentile) {
        return Pattern.compile("^\\s+" + percentile + "%\\s+([\\d.]+)(us|ms|s|m|h)\\s*$", Pattern.MULTILINE);
    }

    /**
     * Reads a wrk report. wrk leaves out the "Non-2xx" and "Socket errors" lines when there were
     * none, so their absence means zero; the other lines must be there.
     *
     * @throws IllegalArgumentException when the text is not a wrk report made with {@code --latency}
     */
    public static WrkResult parse(String output) {
        Matcher socketErrors = SOCKET_ERRORS.matcher(output);
        return new WrkResult(
                Long.parseLong(required(REQUESTS, output, "the requests line").group(1)),
                Double.parseDouble(required(REQUESTS_PER_SECOND, output, "Requests/sec").group(1)),
                latency(P50, output, "the 50% latency (was wrk run with --latency?)"),
                latency(P99, output, "the 99% latency (was wrk run with --latency?)"),
                Long.parseLong(optional(ERROR_RESPONSES, output, "0")),
                socketErrors.find()
                        ? new SocketErrors(Long.parseLong(socketErrors.group(1)), Long.parseLong(socketErrors.group(2)),
                                Long.parseLong(socketErrors.group(3)), Long.parseLong(socketErrors.group(4)))
                        : SocketErrors.NONE);
    }

    /** A figure is only worth reporting when every request got a successful answer. */
    public boolean valid() {
        return problems().isEmpty();
    }

    /** Why the run's figures are not valid; empty when they are. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (requests == 0) {
            problems.add("no request completed");
        }
        if (errorResponses > 0) {
            problems.add(errorResponses + " responses with HTTP status >= 400");
        }
        if (socketErrors.total() > 0) {
            problems.add("socket errors (" + socketErrors + ")");
        }
        return problems;
    }

    private static Matcher required(Pattern pattern, String output, String what) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalArgumentException("not a wrk report: no " + what + " in:" + System.lineSeparator() + output);
        }
        return matcher;
    }

    private static String optional(Pattern pattern, String output, String absent) {
        Matcher matcher = pattern.matcher(output);
        return matcher.find() ? matcher.group(1) : absent;
    }

    private static Duration latency(Pattern pattern, String output, String what) {
        Matcher line = required(pattern, output, what);
        double value = Double.parseDouble(line.group(1));
        return Duration.ofNanos(Math.round(value * NANOS_PER_UNIT.get(line.group(2))));
    }
}
