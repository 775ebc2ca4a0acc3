package io.aiva.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.aiva.core.question.QuestionContent;
import io.aiva.core.question.RubricCriterion;

/**
 * Scores an answer criterion by criterion: each criterion's name and description of a good answer
 * is a reference the answer covers more or less ({@link ReferenceCoverage}), and the sentences of
 * the answer that cover the most of it are its evidence. A criterion is observed only when it scores
 * at least {@link #OBSERVED_FROM} and some sentence uses one of its terms that the question itself
 * does not contain (echoing the question shows nothing); otherwise it is "not observed", and its
 * score is what little the answer as a whole covered.
 */
public final class RubricAssessment implements RubricJudge {

    /** Below this a criterion counts as not observed, whatever stray word it shares with the answer. */
    static final double OBSERVED_FROM = 0.2;
    /** At most this many sentences are quoted as one criterion's evidence. */
    static final int QUOTED_SENTENCES = 2;

    private final ReferenceCoverage coverage;

    public RubricAssessment(ReferenceCoverage coverage) {
        this.coverage = coverage;
    }

    @Override
    public String provider() {
        return InterviewAnalysis.PROVIDER;
    }

    @Override
    public Optional<String> model() {
        return Optional.empty();
    }

    @Override
    public List<CriterionEvidence> judge(QuestionContent question, String answer) {
        return assess(question.prompt(), question.rubric(), answer);
    }

    public List<CriterionEvidence> assess(String question, List<RubricCriterion> rubric, String answer) {
        List<String> sentences = ReferenceCoverage.unanswered(answer) ? List.of() : Sentences.of(answer);
        Set<String> questionTerms = ContentTerms.of(question);
        List<CriterionEvidence> evidence = new ArrayList<>();
        for (RubricCriterion criterion : rubric) {
            String reference = criterion.criterion() + ". " + criterion.good();
            Coverage whole = coverage.of(question, reference, answer);
            List<String> quoted = whole.score() < OBSERVED_FROM ? List.of() : sentences.stream()
                    .map(sentence -> new Scored(sentence, coverage.of(question, reference, sentence)))
                    .filter(scored -> beyondTheQuestion(scored.coverage(), questionTerms))
                    .sorted(Comparator.comparingDouble((Scored scored) -> scored.coverage().score()).reversed())
                    .limit(QUOTED_SENTENCES)
                    .map(Scored::sentence)
                    .toList();
            evidence.add(new CriterionEvidence(criterion.criterion(), criterion.weight(), whole.score(),
                    inAnswerOrder(quoted, sentences), whole.missed()));
        }
        return evidence;
    }

    /** Whether a sentence used a term of the criterion that the question did not already give away. */
    private static boolean beyondTheQuestion(Coverage coverage, Set<String> questionTerms) {
        return coverage.covered().stream().anyMatch(term -> !questionTerms.contains(term));
    }

    /** The weighted mean of the criteria's scores. */
    public static double weightedScore(List<CriterionEvidence> evidence) {
        double weights = evidence.stream().mapToInt(CriterionEvidence::weight).sum();
        return weights == 0 ? 0 : evidence.stream().mapToDouble(item -> item.score() * item.weight()).sum() / weights;
    }

    private static List<String> inAnswerOrder(List<String> quoted, List<String> sentences) {
        Set<String> chosen = Set.copyOf(quoted);
        return sentences.stream().filter(chosen::contains).distinct().toList();
    }

    private record Scored(String sentence, Coverage coverage) {
    }
}
