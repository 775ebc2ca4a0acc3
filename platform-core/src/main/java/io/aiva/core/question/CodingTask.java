package io.aiva.core.question;

import java.util.List;
import java.util.Map;

/**
 * What a coding question adds: limits, starter code per language, the tests a submission runs
 * against, and reference solutions (for reviewers and scoring, never for candidates). Programs read
 * standard input and write standard output.
 */
public record CodingTask(int timeLimitSeconds, int memoryLimitMb, Map<String, String> starterCode, List<CodeTest> tests,
        Map<String, String> referenceSolutions) {

    public CodingTask {
        starterCode = Map.copyOf(starterCode == null ? Map.of() : starterCode);
        tests = List.copyOf(tests == null ? List.of() : tests);
        referenceSolutions = Map.copyOf(referenceSolutions == null ? Map.of() : referenceSolutions);
    }

    /** What a candidate may see: the visible tests only, and no solutions. */
    public CodingTask forCandidate() {
        return new CodingTask(timeLimitSeconds, memoryLimitMb, starterCode,
                tests.stream().filter(test -> !test.hidden()).toList(), Map.of());
    }
}
