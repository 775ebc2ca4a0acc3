package io.aiva.core.greenhouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;

import org.junit.jupiter.api.Test;

class ErrorReportTest {

    @Test
    void aReportIsKeptWithinBoundsWhateverGreenhouseSends() {
        ErrorReport report = new ErrorReport(" ", Collections.nCopies(80, "x".repeat(5000)), "1".repeat(300), null, null, null,
                "r".repeat(20_000));

        assertThat(report.apiCall()).isEqualTo(ErrorReport.UNREADABLE);
        assertThat(report.errors()).hasSize(50).allSatisfy(error -> assertThat(error).hasSize(2000));
        assertThat(report.partnerTestId()).hasSize(200);
        assertThat(report.raw()).hasSize(16 * 1024);
    }
}
