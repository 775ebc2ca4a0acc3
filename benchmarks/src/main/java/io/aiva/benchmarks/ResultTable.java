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
     * deployment's image holds, which {@code caches} names: one with the JIT compilers of the
     * server's {@code jvm.options}, one with C1 only.
     */
    record StartToReady(Duration firstStart, Duration restart, Duration restartC1Only, String caches) {
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
        lines.add(String.format(Locale.ROOT, "    restart, caches filled:      %5.1f s   (%s)", seconds(start.restart()), start.caches()));
        lines.add(String.format(Locale.ROOT, "    the same, C1 compiler only:  %5.1f s   (-XX:TieredStopAtLevel=1, not the default)",
                seconds(start.restartC1Only())));
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
