package io.aiva.core.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The built-in scorer's measure of an answer against a reference text (a reference answer, or a
 * rubric criterion's description of a good answer): the rarity-weighted share of the reference's
 * content terms the answer uses. Terms the question itself already contains count half, because an
 * answer that repeats the question has not shown it knows more; a quarter of the reference's weight
 * earns full marks, because a reference lists more than one good answer needs (alternatives,
 * examples). Empty answers and "no answer" placeholders score 0, and an answer made only of the
 * question's own words (pasted, or echoed) scores half marks at most.
 * <p>
 * Measured against human raters in docs/analysis.md; the two constants are the only choices made
 * with scored answers in view.
 */
public final class ReferenceCoverage {

    /** The share of the reference's weight that earns full marks. */
    static final double FULL_MARKS = 0.25;
    /** The most an answer can score that uses no content word the question did not already use. */
    static final double ECHO_CAP = 0.5;
    /** How much a reference term counts when the question already says it. */
    static final double QUESTION_TERM_WEIGHT = 0.5;
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "^\\s*(no|empty)\\s+(response|submission|answer)\\.?\\s*$|^\\s*(n/?a|-+|\\.+|\\?+)\\s*$", Pattern.CASE_INSENSITIVE);

    private final TermRarity rarity;

    public ReferenceCoverage(TermRarity rarity) {
        this.rarity = rarity;
    }

    public Coverage of(String question, String reference, String answer) {
        Set<String> referenceTerms = ContentTerms.of(reference);
        Set<String> questionTerms = ContentTerms.of(question);
        List<String> byRarity = referenceTerms.stream()
                .sorted(Comparator.comparingDouble((String term) -> weight(term, questionTerms)).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        if (unanswered(answer)) {
            return Coverage.none(byRarity);
        }
        Set<String> answerTerms = ContentTerms.of(answer);
        double total = referenceTerms.stream().mapToDouble(term -> weight(term, questionTerms)).sum();
        if (answerTerms.isEmpty() || total == 0) {
            return Coverage.none(byRarity);
        }
        double covered = byRarity.stream().filter(answerTerms::contains).mapToDouble(term -> weight(term, questionTerms)).sum();
        double score = Math.min(1, covered / total / FULL_MARKS);
        if (questionTerms.containsAll(answerTerms)) {
            score = Math.min(score, ECHO_CAP);
        }
        return new Coverage(score, byRarity.stream().filter(answerTerms::contains).toList(),
                byRarity.stream().filter(term -> !answerTerms.contains(term)).toList());
    }

    /** Whether the answer is empty or a placeholder for none ("No response.", "n/a"). */
    public static boolean unanswered(String answer) {
        return answer == null || answer.isBlank() || PLACEHOLDER.matcher(answer).matches();
    }

    private double weight(String term, Set<String> questionTerms) {
        return rarity.weight(term) * (questionTerms.contains(term) ? QUESTION_TERM_WEIGHT : 1);
    }
}
