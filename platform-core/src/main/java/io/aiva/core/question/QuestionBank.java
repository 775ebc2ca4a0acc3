package io.aiva.core.question;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * AIVA's question library as shipped in {@code question-bank/*.yaml} (see docs/question-bank.md).
 * Read once; an unknown field in a file is an error, so a typo cannot silently drop content.
 */
public final class QuestionBank {

    private static final String ENGLISH = "en";
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final List<LibraryQuestion> QUESTIONS = load();

    private QuestionBank() {
    }

    public static List<LibraryQuestion> questions() {
        return QUESTIONS;
    }

    private static List<LibraryQuestion> load() {
        List<LibraryQuestion> questions = new ArrayList<>();
        for (String file : BankFiles.NAMES) {
            String resource = BankFiles.resource(file);
            try (InputStream in = QuestionBank.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the question bank lacks " + resource);
                }
                for (Entry entry : YAML.readValue(in, BankFile.class).questions()) {
                    questions.add(entry.toQuestion());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the question bank file " + resource + " is unreadable", e);
            }
        }
        return List.copyOf(questions);
    }

    record BankFile(List<Entry> questions) {
    }

    record Criterion(String criterion, Integer weight, String good, String poor) {
    }

    record Translation(String title, String prompt, String referenceAnswer, List<Criterion> rubric) {
    }

    record Coding(int timeLimitSeconds, int memoryLimitMb, Map<String, String> starterCode, List<CodeTest> tests,
            Map<String, String> referenceSolutions) {
    }

    record Entry(String key, String type, String competency, int difficulty, List<String> jobRoles, List<String> tags,
            Integer suggestedMinutes, String title, String prompt, String referenceAnswer, List<Criterion> rubric,
            Map<String, Translation> translations, Coding coding) {

        LibraryQuestion toQuestion() {
            QuestionContent english = content(ENGLISH, title, prompt, referenceAnswer, rubric);
            Map<String, QuestionContent> translated = new LinkedHashMap<>();
            if (translations != null) {
                translations.forEach((language, translation) -> {
                    if (translation.rubric().size() != rubric.size()) {
                        throw new IllegalStateException(key + " in " + language + " has another number of rubric criteria");
                    }
                    List<Criterion> weighted = new ArrayList<>();
                    for (int i = 0; i < rubric.size(); i++) {
                        Criterion criterion = translation.rubric().get(i);
                        weighted.add(new Criterion(criterion.criterion(), rubric.get(i).weight(), criterion.good(), criterion.poor()));
                    }
                    translated.put(language, content(language, translation.title(), translation.prompt(),
                            translation.referenceAnswer(), weighted));
                });
            }
            return new LibraryQuestion(key, english, translated);
        }

        private QuestionContent content(String language, String text, String question, String answer, List<Criterion> criteria) {
            CodingTask task = coding == null ? null : new CodingTask(coding.timeLimitSeconds(), coding.memoryLimitMb(),
                    coding.starterCode(), coding.tests(), coding.referenceSolutions());
            return new QuestionContent(QuestionType.ofCode(type), competency, difficulty, language, text.strip(),
                    question.strip(), answer == null ? null : answer.strip(),
                    criteria.stream().map(c -> new RubricCriterion(c.criterion(), c.weight(), c.good(), c.poor())).toList(),
                    jobRoles, tags, suggestedMinutes, task);
        }
    }
}
