package io.aiva.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.aiva.core.question.QuestionType;
import io.aiva.core.template.AnswerMode;
import io.aiva.core.template.Section;
import io.aiva.core.template.SelectionRule;
import io.aiva.core.template.TemplatePlan;

/** The next question: sections in order, difficulty following the answers, competencies in turn, nothing twice. */
class QuestionEngineTest {

    private static final UUID SESSION = UUID.randomUUID();
    private static final List<PoolQuestion> POOL = pool();

    @Test
    void fixedQuestionsComeInOrderThenTheRuleSectionStartsAtItsStartDifficulty() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        TemplatePlan plan = plan(new Section("Fixed", List.of(first, second), null, null, null),
                new Section("Rule", null, rule(2, List.of("backend"), 2, 4, 3, true), null, null));
        List<Asked> asked = new ArrayList<>();

        assertThat(next(plan, asked)).contains(new Pick(0, first));
        asked.add(new Asked(0, first, UUID.randomUUID(), "behavioral", 2, 0.9));
        assertThat(next(plan, asked)).contains(new Pick(0, second));
        asked.add(new Asked(0, second, UUID.randomUUID(), "behavioral", 2, 0.1));

        assertThat(next(plan, asked)).map(Pick::section).contains(1);
        assertThat(difficultyOf(next(plan, asked))).isEqualTo(3);
    }

    @Test
    void anAdaptiveRuleGoesUpAfterAStrongAnswerAndDownAfterAWeakOneWithinItsRange() {
        TemplatePlan plan = plan(new Section("Backend", null, rule(4, List.of("backend"), 2, 4, 3, true), null, null));

        assertThat(difficultyOf(next(plan, List.of(asked("backend", 3, 0.9))))).isEqualTo(4);
        assertThat(difficultyOf(next(plan, List.of(asked("backend", 3, 0.2))))).isEqualTo(2);
        assertThat(difficultyOf(next(plan, List.of(asked("backend", 3, 0.55))))).isEqualTo(3);
        assertThat(difficultyOf(next(plan, List.of(asked("backend", 4, 0.95))))).as("never above the range").isEqualTo(4);
        assertThat(difficultyOf(next(plan, List.of(asked("backend", 2, 0.0))))).as("never below the range").isEqualTo(2);
    }

    @Test
    void aFixedDifficultyRuleStaysAtItsStartWhateverTheAnswers() {
        TemplatePlan plan = plan(new Section("Backend", null, rule(3, List.of("backend"), 1, 5, 2, false), null, null));

        assertThat(difficultyOf(next(plan, List.of(asked("backend", 2, 1.0))))).isEqualTo(2);
    }

    @Test
    void competenciesAreTakenInTurnSoEachIsCovered() {
        TemplatePlan plan = plan(new Section("Mix", null, rule(4, List.of("backend", "frontend", "data"), 1, 5, 3, false),
                null, null));
        List<Asked> asked = new ArrayList<>();
        List<String> competencies = new ArrayList<>();

        for (int i = 0; i < 3; i++) {
            PoolQuestion picked = question(next(plan, asked).orElseThrow());
            competencies.add(picked.competency());
            asked.add(new Asked(0, picked.questionId(), picked.translationGroup(), picked.competency(), picked.difficulty(), 0.5));
        }

        assertThat(competencies).containsExactly("backend", "frontend", "data");
    }

    @Test
    void noQuestionNorAnyLanguageVersionOfItIsAskedTwice() {
        TemplatePlan plan = plan(new Section("All", null, rule(POOL.size(), List.of(), 1, 5, 3, true), null, null));
        List<Asked> asked = new ArrayList<>();
        Set<UUID> groups = new java.util.HashSet<>();

        for (Optional<Pick> pick = next(plan, asked); pick.isPresent(); pick = next(plan, asked)) {
            PoolQuestion picked = question(pick.get());
            assertThat(groups.add(picked.translationGroup())).as("asked twice: " + picked).isTrue();
            asked.add(new Asked(0, picked.questionId(), picked.translationGroup(), picked.competency(), picked.difficulty(),
                    asked.size() % 2 == 0 ? 0.9 : 0.1));
        }

        assertThat(groups).hasSize(POOL.size());
    }

    @Test
    void theInterviewEndsWhenEverySectionHasAskedItsCount() {
        TemplatePlan plan = plan(new Section("One", null, rule(1, List.of("data"), 1, 5, 3, false), null, null));

        assertThat(next(plan, List.of(asked("data", 3, 0.5)))).isEmpty();
    }

    private static Optional<Pick> next(TemplatePlan plan, List<Asked> asked) {
        return QuestionEngine.next(plan, asked, SESSION, rule -> POOL.stream()
                .filter(question -> rule.competencies().isEmpty() || rule.competencies().contains(question.competency()))
                .filter(question -> question.difficulty() >= rule.minDifficulty() && question.difficulty() <= rule.maxDifficulty())
                .toList());
    }

    private static int difficultyOf(Optional<Pick> pick) {
        return question(pick.orElseThrow()).difficulty();
    }

    private static PoolQuestion question(Pick pick) {
        return POOL.stream().filter(question -> question.questionId().equals(pick.questionId())).findFirst().orElseThrow();
    }

    private static Asked asked(String competency, int difficulty, double score) {
        return new Asked(0, UUID.randomUUID(), UUID.randomUUID(), competency, difficulty, score);
    }

    /** Two questions of each competency at each difficulty. */
    private static List<PoolQuestion> pool() {
        List<PoolQuestion> pool = new ArrayList<>();
        for (String competency : List.of("backend", "frontend", "data")) {
            for (int difficulty = 1; difficulty <= 5; difficulty++) {
                for (int copy = 0; copy < 2; copy++) {
                    pool.add(new PoolQuestion(UUID.randomUUID(), UUID.randomUUID(), competency, difficulty));
                }
            }
        }
        return List.copyOf(pool);
    }

    private static SelectionRule rule(int count, List<String> competencies, int min, int max, int start, boolean adaptive) {
        return new SelectionRule(count, competencies, List.of(QuestionType.TECHNICAL), min, max, start, adaptive);
    }

    private static TemplatePlan plan(Section... sections) {
        return new TemplatePlan("Plan", null, null, "en", Set.of(AnswerMode.TEXT), null, null, List.of(sections));
    }
}
