package io.aiva.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.aiva.core.code.TestOutcome.Verdict;

class CodeRunTest {

    @Test
    void countsPassesApartForVisibleAndHiddenTestsAndScoresTheShareOfAllTests() {
        CodeRun run = new CodeRun(List.of(
                visible("sample", Verdict.ACCEPTED),
                visible("edge", Verdict.WRONG_ANSWER),
                hidden("large", Verdict.ACCEPTED),
                hidden("empty", Verdict.ACCEPTED),
                hidden("negative", Verdict.TIME_LIMIT_EXCEEDED)));

        assertThat(run.visibleCount()).isEqualTo(2);
        assertThat(run.passedVisible()).isEqualTo(1);
        assertThat(run.hiddenCount()).isEqualTo(3);
        assertThat(run.passedHidden()).isEqualTo(2);
        assertThat(run.total()).isEqualTo(5);
        assertThat(run.passed()).isEqualTo(3);
        assertThat(run.score()).isEqualTo(0.6);
    }

    @Test
    void onlyAnAcceptedTestPasses() {
        assertThat(List.of(Verdict.values())).allSatisfy(verdict ->
                assertThat(visible("t", verdict).passed()).isEqualTo(verdict == Verdict.ACCEPTED));
        assertThat(new CodeRun(List.of()).score()).isZero();
    }

    @Test
    void aHiddenTestCannotCarryTheProgramsOutput() {
        assertThatThrownBy(() -> new TestOutcome("large", true, Verdict.WRONG_ANSWER, "Wrong Answer", 0.1, 900,
                "42\n", null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("large");
    }

    private static TestOutcome visible(String name, Verdict verdict) {
        return new TestOutcome(name, false, verdict, verdict.name(), 0.01, 1024, "out", "", null, null);
    }

    private static TestOutcome hidden(String name, Verdict verdict) {
        return new TestOutcome(name, true, verdict, verdict.name(), 0.01, 1024, null, null, null, null);
    }
}
