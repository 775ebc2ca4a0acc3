package io.aiva.core.code;

import java.util.List;
import java.util.function.Predicate;

/** What running a coding answer against its task's tests gave: one outcome per test, in the task's order. */
public record CodeRun(List<TestOutcome> tests) {

    public CodeRun {
        tests = List.copyOf(tests);
    }

    public int visibleCount() {
        return count(test -> !test.hidden());
    }

    public int passedVisible() {
        return count(test -> !test.hidden() && test.passed());
    }

    public int hiddenCount() {
        return count(TestOutcome::hidden);
    }

    public int passedHidden() {
        return count(test -> test.hidden() && test.passed());
    }

    public int total() {
        return tests.size();
    }

    public int passed() {
        return count(TestOutcome::passed);
    }

    /** The share of tests passed, visible and hidden alike, from 0 to 1; 0 when there is no test. */
    public double score() {
        return tests.isEmpty() ? 0 : (double) passed() / total();
    }

    private int count(Predicate<TestOutcome> which) {
        return (int) tests.stream().filter(which).count();
    }
}
