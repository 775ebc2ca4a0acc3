package io.aiva.benchmarks;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/** The latencies of one run: their count, mean and percentiles (nearest rank, as wrk reports them). */
final class Latencies {

    private final long[] sortedNanos;

    Latencies(Collection<Long> nanos) {
        this.sortedNanos = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    int count() {
        return sortedNanos.length;
    }

    Duration mean() {
        return Duration.ofNanos(Math.round(Arrays.stream(sortedNanos).average().orElse(0)));
    }

    /** The smallest latency that {@code percent} % of the run's latencies do not exceed. */
    Duration percentile(int percent) {
        if (sortedNanos.length == 0) {
            return Duration.ZERO;
        }
        int rank = (int) Math.ceil(sortedNanos.length * percent / 100.0);
        return Duration.ofNanos(sortedNanos[Math.max(0, rank - 1)]);
    }

    Duration max() {
        return percentile(100);
    }

    static String millis(Duration latency) {
        return String.format(Locale.ROOT, "%.2f ms", latency.toNanos() / 1_000_000.0);
    }
}
