package io.aiva.core.analysis;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.aiva.core.question.LibraryQuestion;
import io.aiva.core.question.QuestionBank;
import io.aiva.core.question.QuestionContent;

/**
 * How rare each term is in a body of documents (inverse document frequency): a term most texts use
 * ("use", "data") says little about whether an answer covers a reference; a rare one ("idempotent")
 * says much. The default body is AIVA's own question library (prompts, reference answers and rubric
 * descriptions, in English): a broad technical and behavioural vocabulary that no scored answer has
 * shaped, so scores do not depend on which answers were scored before.
 */
public final class TermRarity {

    private static final TermRarity LIBRARY = of(QuestionBank.questions().stream()
            .map(LibraryQuestion::english).flatMap(TermRarity::documents).toList());

    private final Map<String, Integer> documentFrequency;
    private final int documents;

    private TermRarity(Map<String, Integer> documentFrequency, int documents) {
        this.documentFrequency = documentFrequency;
        this.documents = documents;
    }

    public static TermRarity library() {
        return LIBRARY;
    }

    public static TermRarity of(Collection<String> texts) {
        Map<String, Integer> frequency = new HashMap<>();
        for (String text : texts) {
            for (String term : ContentTerms.of(text)) {
                frequency.merge(term, 1, Integer::sum);
            }
        }
        return new TermRarity(Map.copyOf(frequency), texts.size());
    }

    /** {@code ln(1 + (N + 1) / (df + 1))}: positive for every term, highest for terms never seen. */
    public double weight(String term) {
        int frequency = documentFrequency.getOrDefault(term, 0);
        return Math.log(1 + (documents + 1.0) / (frequency + 1.0));
    }

    private static Stream<String> documents(QuestionContent question) {
        return Stream.concat(Stream.of(question.prompt(), question.referenceAnswer()),
                question.rubric().stream().flatMap(criterion -> Stream.of(criterion.criterion() + ". " + criterion.good(),
                        criterion.poor())));
    }
}
