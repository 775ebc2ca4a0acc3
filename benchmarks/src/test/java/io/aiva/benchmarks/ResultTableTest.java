package io.aiva.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ResultTableTest {

    private static final ResultTable.Row CEILING = new ResultTable.Row("GET /api/v1/status (ceiling)",
            new WrkResult(20_000, 1000.0, Duration.ofMillis(40), Duration.ofMillis(120), 0, WrkResult.SocketErrors.NONE));

    @Test
    void twoCleanRunsGiveTheRatioOfRequestsPerSecond() {
        ResultTable.Row dbRead = new ResultTable.Row("GET /api/v1/tenants/{id} (db read)",
                new WrkResult(5_000, 250.0, Duration.ofMillis(190), Duration.ofMillis(480), 0, WrkResult.SocketErrors.NONE));

        String table = ResultTable.of("heading", new ResultTable.StartToReady(Duration.ofMillis(15_460), restarts(7_140),
                restarts(5_050), "OSGi cache"), List.of(CEILING, dbRead),
                List.of(new ResultTable.Ratio("db read / ceiling", dbRead, CEILING)));

        assertThat(table).containsPattern("first start, empty caches: +15\\.5 s")
                .containsPattern("restart, caches filled: +7\\.1 s +\\(OSGi cache\\)")
                .containsPattern("the same, C1 compiler only: +5\\.1 s")
                .containsPattern("GET /api/v1/status \\(ceiling\\) +1000\\.0 +40\\.00 ms +120\\.00 ms")
                .contains("db read / ceiling, requests/s: 0.25")
                .doesNotContain("INVALID");
    }

    @Test
    void severalRestartsAreGivenAsTheirMedianAndRange() {
        String table = ResultTable.of("heading", new ResultTable.StartToReady(Duration.ofMillis(15_460),
                restarts(11_600, 9_040, 10_810), restarts(8_700, 6_900, 7_400, 7_800), "OSGi cache"), List.of(CEILING), List.of());

        assertThat(table).containsPattern("restart, caches filled: +10\\.8 s +median of 3, 9\\.0 to 11\\.6 s +\\(OSGi cache\\)")
                .containsPattern("the same, C1 compiler only: +7\\.6 s +median of 4, 6\\.9 to 8\\.7 s");
    }

    @Test
    void noRestartIsRefused() {
        assertThatThrownBy(() -> new ResultTable.Restarts(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRunWithErrorResponsesIsMarkedInvalidAndGivesNoRatio() {
        ResultTable.Row dbRead = new ResultTable.Row("GET /api/v1/tenants/{id} (db read)",
                new WrkResult(3133, 620.09, Duration.ofMillis(70), Duration.ofMillis(229), 3133, WrkResult.SocketErrors.NONE));

        String table = ResultTable.of("heading", new ResultTable.StartToReady(Duration.ofMillis(15_460), restarts(7_140),
                restarts(5_050), "OSGi cache"), List.of(CEILING, dbRead),
                List.of(new ResultTable.Ratio("db read / ceiling", dbRead, CEILING)));

        assertThat(table).contains("INVALID: 3133 responses with HTTP status >= 400")
                .contains("db read / ceiling, requests/s: not computed, a run it needs is INVALID")
                .doesNotContainPattern("requests/s: \\d");
    }

    private static ResultTable.Restarts restarts(long... millis) {
        return new ResultTable.Restarts(Arrays.stream(millis).mapToObj(Duration::ofMillis).toList());
    }
}
