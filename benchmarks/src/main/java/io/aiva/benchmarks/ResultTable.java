package io.aiva.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the benchmark prints: Liberty's start-to-ready (first start and restart), one row per endpoint,
 * and ratios of requests/s between rows of the same run. A row whose run had errors is marked INVALID
 * with the reason, and a ratio with such a row is not given, because a figure made of error responses
 * is not the endpoint's.
 */
final class ResultTable {

    /** One endpoint's measured run. */
    record Row(String endpoint, WrkResult result) {
    }

    /**
     * Liberty's start-to-ready: a first start with empty caches, then restarts with the caches a
     * deployment's image holds, which {@code caches} names: some with the JIT compilers of the
     * server's {@code jvm.options}, as many with C1 only.
     */
    record StartToReady(Duration firstStart, Restarts restarts, Restarts restartsC1Only, String caches) {
    }

    /**
     * Restarts measured alike. One start says little on a machine whose speed changes from one
     * minute to the next, so the table gives their median and their range.
     */
    record Restarts(List<Duration> times) {

        Restarts {
            if (times.isEmpty()) {
                throw new IllegalArgumentException("no restart was measured");
            }
            times = times.stream().sorted().toList();
        }

        /** The middle one, or the mean of the two middle ones when their number is even. */
        Duration median() {
            int middle = times.size() / 2;
            return times.size() % 2 == 1 ? times.get(middle) : times.get(middle - 1).plus(times.get(middle)).dividedBy(2);
        }

        String describe() {
            if (times.size() == 1) {
                return String.format(Locale.ROOT, "%5.1f s", seconds(times.get(0)));
            }
            return String.format(Locale.ROOT, "%5.1f s   median of %d, %.1f to %.1f s", seconds(median()), times.size(),
                    seconds(times.get(0)), seconds(times.get(times.size() - 1)));
        }
    }

    /** Requests/s of {@code measured} over {@code baseline}, printed as {@code label}. */
    record Ratio(String label, Row measured, Row baseline) {
    }

    private static final String ROW = "  %-44s %12s %11s %11s%s";

    private ResultTable() {
    }

    static String of(String heading, StartToReady start, List<Row> rows, List<Ratio> ratios) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add(heading);
        lines.add("");
        lines.add("  Liberty start-to-ready (launch until /health/ready is UP):");
        lines.add(String.format(Locale.ROOT, "    first start, empty caches:   %5.1f s", seconds(start.firstStart())));
        lines.add("    restart, caches filled:      " + start.restarts().describe() + "   (" + start.caches() + ")");
        lines.add("    the same, C1 compiler only:  " + start.restartsC1Only().describe()
                + "   (-XX:TieredStopAtLevel=1, not the default)");
        lines.add("");
        lines.add(String.format(Locale.ROOT, ROW, "endpoint", "requests/s", "p50", "p99", ""));
        rows.forEach(row -> lines.add(row(row)));
        lines.add("");
        for (Ratio ratio : ratios) {
            if (ratio.measured().result().valid() && ratio.baseline().result().valid()) {
                lines.add(String.format(Locale.ROOT, "  %s, requests/s: %.2f", ratio.label(),
                        ratio.measured().result().requestsPerSecond() / ratio.baseline().result().requestsPerSecond()));
            } else {
                lines.add("  " + ratio.label() + ", requests/s: not computed, a run it needs is INVALID");
            }
        }
        lines.add("");
        return String.join(System.lineSeparator(), lines);
    }

    private static String row(Row row) {
        WrkResult result = row.result();
        String verdict = result.valid() ? "" : "   INVALID: " + String.join("; ", result.problems());
        return String.format(Locale.ROOT, ROW, row.endpoint(), String.format(Locale.ROOT, "%.1f", result.requestsPerSecond()),
                Latencies.millis(result.p50()), Latencies.millis(result.p99()), verdict);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
