package io.aiva.core.code;

import io.aiva.core.question.CodingTask;

/** Runs a candidate's program against every test of a coding task. */
public interface CodeRunner {

    /**
     * @param code     the program, which reads standard input and writes standard output
     * @param language its language as the platform names it ({@code java}, {@code python}, {@code javascript}…)
     * @return one outcome per test of the task, in the task's order
     * @throws CodeRunnerUnavailableException when the tests could not be run, whatever the program does,
     *                                        including in a language the runner is not set up for
     * @throws IllegalArgumentException       when there is no code, or the task has no tests
     */
    CodeRun run(String code, String language, CodingTask task);
}
