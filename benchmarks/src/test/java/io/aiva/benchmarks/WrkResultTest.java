package io.aiva.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Fed with reports wrk 4.1 printed against the local stack (and, for socket errors, a server that hangs up). */
class WrkResultTest {

    @Test
    void aCleanRunGivesThroughputAndTheMedianAndTail() throws IOException {
        WrkResult result = WrkResult.parse(sample("wrk-status.txt"));

        assertThat(result.requests()).isEqualTo(2509);
        assertThat(result.requestsPerSecond()).isEqualTo(487.37);
        assertThat(result.p50()).isEqualTo(Duration.ofNanos(99_320_000));
        assertThat(result.p99()).isEqualTo(Duration.ofNanos(232_890_000));
        assertThat(result.valid()).isTrue();
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void errorResponsesMakeTheRunInvalid() throws IOException {
        WrkResult result = WrkResult.parse(sample("wrk-unauthorized.txt"));

        assertThat(result.errorResponses()).isEqualTo(3133);
        assertThat(result.requestsPerSecond()).isEqualTo(620.09);
        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).containsExactly("3133 responses with HTTP status >= 400");
    }

    @Test
    void socketErrorsAndARunWithoutAnsweredRequestsMakeTheRunInvalid() throws IOException {
        WrkResult result = WrkResult.parse(sample("wrk-read-errors.txt"));

        assertThat(result.socketErrors()).isEqualTo(new WrkResult.SocketErrors(0, 2600, 0, 0));
        assertThat(result.requests()).isZero();
        assertThat(result.p99()).isEqualTo(Duration.ZERO);
        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).containsExactly("no request completed",
                "socket errors (connect 0, read 2600, write 0, timeout 0)");
    }

    @Test
    void latenciesOfASecondOrMoreAreReadInSeconds() throws IOException {
        String slowTail = sample("wrk-status.txt").replace("232.89ms", "1.50s");

        assertThat(WrkResult.parse(slowTail).p99()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void whatWrkPrintsWhenItCannotConnectIsNotAReport() throws IOException {
        String refused = sample("wrk-connection-refused.txt");

        assertThatThrownBy(() -> WrkResult.parse(refused))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unable to connect");
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = WrkResultTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
