package io.aiva.core.session;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.aiva.core.template.SelectionRule;
import io.aiva.core.template.Section;
import io.aiva.core.template.TemplatePlan;

/**
 * Chooses an interview's next question from its plan and what was asked so far. Sections run in
 * order. A fixed section asks its questions in order. A rule section asks {@code count} questions:
 * each of the rule's competency least covered so far in the section (ties in the rule's order),
 * at the rule's start difficulty, then, if adaptive, one level harder after a strong answer
 * (provisional score of at least {@value #STRONG}) and one easier after a weak one (at most
 * {@value #WEAK}), within the rule's range; the nearest difficulty available when none is at the
 * target. No question, nor any language version of it, is asked twice in an interview. Among equal
 * choices the pick depends on the session, so candidates of one template do not all get the same
 * questions, and is stable for a session.
 */
public final class QuestionEngine {

    static final double STRONG = 0.7;
    static final double WEAK = 0.4;

    private QuestionEngine() {
    }

    /**
     * @param pool the active questions a rule may pick from (its competencies, types, range and the
     *             interview's language)
     */
    public static Optional<Pick> next(TemplatePlan plan, List<Asked> asked, UUID sessionId,
            Function<SelectionRule, List<PoolQuestion>> pool) {
        Set<UUID> askedGroups = new HashSet<>();
        asked.forEach(question -> askedGroups.add(question.translationGroup()));
        for (int index = 0; index < plan.sections().size(); index++) {
            Section section = plan.sections().get(index);
            int sectionIndex = index;
            List<Asked> askedHere = asked.stream().filter(question -> question.section() == sectionIndex).toList();
            if (askedHere.size() >= section.questionCount()) {
                continue;
            }
            if (section.rule() == null) {
                return Optional.of(new Pick(index, section.questionIds().get(askedHere.size())));
            }
            Optional<Pick> picked = pickByRule(section.rule(), askedHere, askedGroups, sessionId, pool.apply(section.rule()))
                    .map(question -> new Pick(sectionIndex, question.questionId()));
            if (picked.isPresent()) {
                return picked;
            }
        }
        return Optional.empty();
    }

    private static Optional<PoolQuestion> pickByRule(SelectionRule rule, List<Asked> askedHere, Set<UUID> askedGroups,
            UUID sessionId, List<PoolQuestion> pool) {
        List<PoolQuestion> fresh = pool.stream().filter(question -> !askedGroups.contains(question.translationGroup())).toList();
        if (fresh.isEmpty()) {
            return Optional.empty();
        }
        int target = targetDifficulty(rule, askedHere);
        List<PoolQuestion> ofCompetency = fresh;
        for (String competency : competenciesByCoverage(rule, askedHere)) {
            List<PoolQuestion> matching = fresh.stream().filter(question -> question.competency().equals(competency)).toList();
            if (!matching.isEmpty()) {
                ofCompetency = matching;
                break;
            }
        }
        return ofCompetency.stream().min(Comparator
                .comparingInt((PoolQuestion question) -> Math.abs(question.difficulty() - target))
                .thenComparingInt(question -> spread(sessionId, question.questionId())));
    }

    static int targetDifficulty(SelectionRule rule, List<Asked> askedHere) {
        if (askedHere.isEmpty() || !rule.adaptive()) {
            return rule.startDifficulty();
        }
        Asked last = askedHere.get(askedHere.size() - 1);
        int target = last.difficulty();
        if (last.provisionalScore() != null && last.provisionalScore() >= STRONG) {
            target++;
        } else if (last.provisionalScore() != null && last.provisionalScore() <= WEAK) {
            target--;
        }
        return Math.max(rule.minDifficulty(), Math.min(rule.maxDifficulty(), target));
    }

    /** The rule's competencies, least asked in the section first; ties keep the rule's order. */
    private static List<String> competenciesByCoverage(SelectionRule rule, List<Asked> askedHere) {
        return rule.competencies().stream()
                .sorted(Comparator.comparingLong(competency -> askedHere.stream()
                        .filter(question -> question.competency().equals(competency)).count()))
                .toList();
    }

    private static int spread(UUID sessionId, UUID questionId) {
        return Long.hashCode(sessionId.getMostSignificantBits() ^ questionId.getLeastSignificantBits()
                ^ Long.rotateLeft(questionId.getMostSignificantBits() ^ sessionId.getLeastSignificantBits(), 17));
    }
}
