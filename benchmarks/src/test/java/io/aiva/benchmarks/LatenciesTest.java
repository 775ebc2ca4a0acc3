package io.aiva.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRanksOfTheSortedLatencies() {
        Latencies latencies = new Latencies(LongStream.rangeClosed(1, 20).map(i -> 21 - i).map(i -> i * 1_000_000).boxed().toList());

        assertThat(latencies.count()).isEqualTo(20);
        assertThat(latencies.percentile(50)).isEqualTo(Duration.ofMillis(10));
        assertThat(latencies.percentile(95)).isEqualTo(Duration.ofMillis(19));
        assertThat(latencies.max()).isEqualTo(Duration.ofMillis(20));
        assertThat(latencies.mean()).isEqualTo(Duration.ofMillis(10).plusNanos(500_000));
    }

    @Test
    void oneLatencyIsEveryPercentile() {
        Latencies latencies = new Latencies(List.of(3_000_000L));

        assertThat(latencies.percentile(1)).isEqualTo(Duration.ofMillis(3));
        assertThat(latencies.percentile(99)).isEqualTo(Duration.ofMillis(3));
    }

    @Test
    void aRunWithoutLatenciesReportsZero() {
        Latencies latencies = new Latencies(List.of());

        assertThat(latencies.mean()).isEqualTo(Duration.ZERO);
        assertThat(latencies.percentile(95)).isEqualTo(Duration.ZERO);
    }

    @Test
    void millisecondsWithTwoDecimals() {
        assertThat(Latencies.millis(Duration.ofNanos(1_234_567))).isEqualTo("1.23 ms");
    }
}
