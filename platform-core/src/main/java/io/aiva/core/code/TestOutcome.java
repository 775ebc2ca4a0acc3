package io.aiva.core.code;

/**
 * How a program did on one test. The program's own output ({@code stdout}, {@code stderr},
 * {@code compileOutput}, {@code message}) is kept for a visible test only and is {@code null} for a
 * hidden one, so a hidden test's input can never reach a candidate through what their program printed.
 *
 * @param status      the runner's own words for the verdict, such as {@code Runtime Error (NZEC)}
 * @param timeSeconds CPU time the run took, when the program ran
 * @param memoryKb    memory the run used in kilobytes, when the program ran
 * @param message     the sandbox's note on how the run ended, such as {@code Exited with error status 1}
 */
public record TestOutcome(String name, boolean hidden, Verdict verdict, String status, Double timeSeconds,
        Integer memoryKb, String stdout, String stderr, String compileOutput, String message) {

    public TestOutcome {
        if (hidden && (stdout != null || stderr != null || compileOutput != null || message != null)) {
            throw new IllegalArgumentException("the output of hidden test '" + name + "' must not be kept");
        }
    }

    public boolean passed() {
        return verdict == Verdict.ACCEPTED;
    }

    /** The verdicts a coding platform tells apart; a memory limit exceeded shows as a runtime error. */
    public enum Verdict {
        ACCEPTED, WRONG_ANSWER, TIME_LIMIT_EXCEEDED, COMPILATION_ERROR, RUNTIME_ERROR
    }
}
