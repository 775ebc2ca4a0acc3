package io.aiva.core.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The library every company starts with: its size, its spread and the rules docs/question-bank.md sets. */
class QuestionBankTest {

    private static final List<LibraryQuestion> BANK = QuestionBank.questions();
    private static final Set<String> TECHNICAL = Set.of("backend", "frontend", "data", "devops", "system-design");
    private static final Set<String> BEHAVIORAL = Set.of("leadership", "teamwork", "conflict", "ownership", "communication",
            "problem-solving");

    @Test
    void hasAtLeast150QuestionsWithUniqueKeys() {
        assertThat(BANK).hasSizeGreaterThanOrEqualTo(150);
        assertThat(BANK.stream().map(LibraryQuestion::key).collect(Collectors.toSet())).hasSameSizeAs(BANK);
        assertThat(BANK).allSatisfy(question -> assertThat(question.key()).matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void coversEveryEngineeringAreaAndEveryBehavioralCompetencyAtSeveralLevels() {
        Map<String, List<LibraryQuestion>> byCompetency = BANK.stream()
                .collect(Collectors.groupingBy(question -> question.english().competency()));
        for (String competency : union(TECHNICAL, BEHAVIORAL)) {
            List<LibraryQuestion> questions = byCompetency.getOrDefault(competency, List.of());
            assertThat(questions).as(competency).hasSizeGreaterThanOrEqualTo(5);
            assertThat(questions.stream().map(question -> question.english().difficulty()).distinct().count())
                    .as("difficulty levels of " + competency).isGreaterThanOrEqualTo(3);
        }
        assertThat(BANK).filteredOn(question -> question.english().type() == QuestionType.ROLE_SPECIFIC).isNotEmpty();
    }

    @Test
    void behavioralRubricsFollowStar() {
        List<LibraryQuestion> behavioral = BANK.stream()
                .filter(question -> question.english().type() == QuestionType.BEHAVIORAL).toList();

        assertThat(behavioral).isNotEmpty().allSatisfy(question -> {
            String criteria = question.english().rubric().stream().map(RubricCriterion::criterion)
                    .collect(Collectors.joining(" | ")).toLowerCase();
            assertThat(criteria).as(question.key()).contains("situation", "task", "action", "result");
        });
    }

    @Test
    void everyQuestionHasAPromptAReferenceAnswerAndAWeightedRubric() {
        assertThat(allVariants()).allSatisfy(content -> {
            assertThat(content.prompt()).isNotBlank();
            assertThat(content.referenceAnswer()).isNotBlank();
            assertThat(content.difficulty()).isBetween(QuestionContent.EASIEST, QuestionContent.HARDEST);
            assertThat(content.rubric()).hasSizeBetween(2, 6).allSatisfy(criterion -> {
                assertThat(criterion.weight()).isPositive();
                assertThat(criterion.criterion()).isNotBlank();
                assertThat(criterion.good()).isNotBlank();
                assertThat(criterion.poor()).isNotBlank();
            });
        });
    }

    @Test
    void hasAtLeastFifteenCodingProblemsWithHiddenTests() {
        List<LibraryQuestion> coding = BANK.stream().filter(question -> question.english().type() == QuestionType.CODING).toList();

        assertThat(coding).hasSizeGreaterThanOrEqualTo(15).allSatisfy(question -> {
            CodingTask task = question.english().coding();
            assertThat(task.tests()).filteredOn(CodeTest::hidden).as(question.key()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(task.forCandidate().tests()).as(question.key()).hasSizeGreaterThanOrEqualTo(2)
                    .noneMatch(CodeTest::hidden);
            assertThat(task.starterCode()).containsKeys("java", "python", "javascript");
        });
    }

    @Test
    void aSubsetIsInAtLeastTwoMoreLanguages() {
        Map<String, Long> translated = BANK.stream().flatMap(question -> question.translations().keySet().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(translated.entrySet()).filteredOn(languages -> languages.getValue() >= 20).hasSizeGreaterThanOrEqualTo(2);
        assertThat(translated).doesNotContainKey("en");
        assertThat(BANK).allSatisfy(question -> question.translations().forEach((language, content) -> {
            assertThat(content.language()).isEqualTo(language);
            assertThat(content.type()).isEqualTo(question.english().type());
            assertThat(content.rubric()).extracting(RubricCriterion::weight)
                    .containsExactlyElementsOf(question.english().rubric().stream().map(RubricCriterion::weight).toList());
        }));
    }

    @Test
    void namesOnlyJobRolesTheBankKnows() {
        Set<String> known = JobRoles.all().stream().map(JobRole::key).collect(Collectors.toSet());

        assertThat(BANK).allSatisfy(question -> assertThat(known).as(question.key())
                .containsAll(question.english().jobRoles()));
    }

    private static Stream<QuestionContent> allVariants() {
        return BANK.stream().flatMap(question -> Stream.concat(Stream.of(question.english()),
                question.translations().values().stream()));
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        return Stream.concat(first.stream(), second.stream()).collect(Collectors.toSet());
    }
}
