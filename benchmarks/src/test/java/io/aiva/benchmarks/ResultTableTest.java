package io.aiva.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class ResultTableTest {

    private static final ResultTable.Row CEILING = new ResultTable.Row("GET /api/v1/status (ceiling)",
            new WrkResult(20_000, 1000.0, Duration.ofMillis(40), Duration.ofMillis(120), 0, WrkResult.SocketErrors.NONE));

    @Test
    void twoCleanRunsGiveTheRatioOfRequestsPerSecond() {
        ResultTable.Row dbRead = new ResultTable.Row("GET /api/v1/tenants/{id} (db read)",
                new WrkResult(5_000, 250.0, Duration.ofMillis(190), Duration.ofMillis(480), 0, WrkResult.SocketErrors.NONE));

        String table = ResultTable.of("heading", new ResultTable.StartToReady(Duration.ofMillis(15_460), Duration.ofMillis(7_140),
                Duration.ofMillis(5_050), "OSGi cache"), List.of(CEILING, dbRead),
                List.of(new ResultTable.Ratio("db read / ceiling", dbRead, CEILING)));

        assertThat(table).containsPattern("first start, empty caches: +15\\.5 s")
                .containsPattern("restart, caches filled: +7\\.1 s +\\(OSGi cache\\)")
                .containsPattern("the same, C1 compiler only: +5\\.1 s")
                .containsPattern("GET /api/v1/status \\(ceiling\\) +1000\\.0 +40\\.00 ms +120\\.00 ms")
                .contains("db read / ceiling, requests/s: 0.25")
                .doesNotContain("INVALID");
    }

    @Test
    void aRunWithErrorResponsesIsMarkedInvalidAndGivesNoRatio() {
        ResultTable.Row dbRead = new ResultTable.Row("GET /api/v1/tenants/{id} (db read)",
                new WrkResult(3133, 620.09, Duration.ofMillis(70), Duration.ofMillis(229), 3133, WrkResult.SocketErrors.NONE));

        String table = ResultTable.of("heading", new ResultTable.StartToReady(Duration.ofMillis(15_460), Duration.ofMillis(7_140),
                Duration.ofMillis(5_050), "OSGi cache"), List.of(CEILING, dbRead),
                List.of(new ResultTable.Ratio("db read / ceiling", dbRead, CEILING)));

        assertThat(table).contains("INVALID: 3133 responses with HTTP status >= 400")
                .contains("db read / ceiling, requests/s: not computed, a run it needs is INVALID")
                .doesNotContainPattern("requests/s: \\d");
    }
}
