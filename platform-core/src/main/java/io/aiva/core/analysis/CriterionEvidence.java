package io.aiva.core.analysis;

import java.util.List;
import java.util.Optional;

/**
 * How an answer met one rubric criterion: a score in 0..1 and the sentences of the answer that
 * earned it, or none when the criterion was not observed.
 */
public record CriterionEvidence(String criterion, int weight, double score, List<String> sentences, List<String> missedTerms) {

    public CriterionEvidence {
        sentences = List.copyOf(sentences);
        missedTerms = List.copyOf(missedTerms);
    }

    public boolean observed() {
        return !sentences.isEmpty();
    }

    /** What the evidence says in words: the sentences, or "not observed". */
    public Optional<String> quote() {
        return observed() ? Optional.of(String.join(" ", sentences)) : Optional.empty();
    }
}
