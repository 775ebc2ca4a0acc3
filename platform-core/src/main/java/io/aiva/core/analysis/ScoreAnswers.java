package io.aiva.core.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import io.aiva.core.question.QuestionContent;
import io.aiva.core.question.QuestionType;
import io.aiva.core.question.RubricCriterion;

/**
 * Scores a CSV of answers: reads the columns {@code id,question,reference_answer,answer} (others
 * are ignored) and writes {@code id,score}, score in 0..1, with the configured provider: the
 * built-in scorer by default, or a model ({@code openai}, {@code gemini}) configured by the same
 * environment variables as the server, judging each answer against its reference answer as a
 * rubric of one criterion, with the built-in scorer for rows it cannot judge. See docs/analysis.md
 * for the command that runs it.
 */
public final class ScoreAnswers {

    static final List<String> REQUIRED = List.of("id", "question", "reference_answer", "answer");

    private ScoreAnswers() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ScoreAnswers <answers.csv> <scores.csv>");
            System.exit(2);
        }
        long started = System.nanoTime();
        int rows;
        RowScorer scorer;
        try {
            scorer = configured(System.getProperty("aiva.score.provider", System.getenv().getOrDefault("AIVA_ANALYSIS_PROVIDER",
                    InterviewAnalysis.PROVIDER)), System.getenv());
            rows = score(Path.of(args[0]), Path.of(args[1]), scorer);
        } catch (IllegalArgumentException e) {
            System.err.println("AIVA scoring failed: " + e.getMessage());
            System.exit(1);
            return;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.printf(Locale.ROOT, "Scored %d answers in %.2f s (%.0f answers/s) with %s; wrote %s%n",
                rows, seconds, rows / seconds, scorer.description(), args[1]);
    }

    /** Scores every row of {@code input} into {@code output} with the built-in scorer; the number of rows. */
    static int score(Path input, Path output) throws IOException {
        return score(input, output, builtin());
    }

    /** Scores every row of {@code input} into {@code output}; the number of rows. */
    static int score(Path input, Path output, RowScorer scorer) throws IOException {
        List<ScoredRow> rows = read(input, scorer);
        try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
                CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader("id", "score").get().print(writer)) {
            for (ScoredRow row : rows) {
                printer.printRecord(row.id(), String.format(Locale.ROOT, "%.4f", row.score()));
            }
        }
        return rows.size();
    }

    /** What scores one row of the file. */
    interface RowScorer {

        double score(String question, String referenceAnswer, String answer);

        /** Which scorer it is, for the summary line. */
        String description();
    }

    static RowScorer builtin() {
        ReferenceCoverage coverage = new ReferenceCoverage(TermRarity.library());
        return new RowScorer() {
            @Override
            public double score(String question, String referenceAnswer, String answer) {
                return coverage.of(question, referenceAnswer, answer).score();
            }

            @Override
            public String description() {
                return "the built-in scorer";
            }
        };
    }

    /**
     * A model judging each answer against a rubric of one criterion, the reference answer; rows it
     * cannot judge, and unanswered ones, are scored by {@code fallback}.
     */
    static RowScorer judgedBy(RubricJudge model, RowScorer fallback) {
        return new RowScorer() {
            private int fellBack;

            @Override
            public double score(String question, String referenceAnswer, String answer) {
                if (ReferenceCoverage.unanswered(answer)) {
                    return fallback.score(question, referenceAnswer, answer);
                }
                QuestionContent asked = new QuestionContent(QuestionType.TECHNICAL, "evaluation", 3, "en", "Evaluation", question,
                        referenceAnswer, List.of(new RubricCriterion("Says what the reference answer says", 1, referenceAnswer,
                                "Misses or contradicts the reference answer.")), List.of(), List.of(), null, null);
                try {
                    return RubricAssessment.weightedScore(model.judge(asked, answer));
                } catch (JudgeUnavailableException e) {
                    fellBack++;
                    return fallback.score(question, referenceAnswer, answer);
                }
            }

            @Override
            public String description() {
                return model.provider() + " (" + model.model().orElse("?") + ", prompt " + JudgePrompt.VERSION + "; "
                        + fellBack + " answers it could not judge scored by the built-in scorer)";
            }
        };
    }

    /** The provider named, configured from {@code environment} as the server configures it. */
    static RowScorer configured(String provider, Map<String, String> environment) {
        Duration timeout = Duration.ofSeconds(Long.parseLong(environment.getOrDefault("AIVA_ANALYSIS_TIMEOUT_SECONDS", "30")));
        return switch (provider) {
            case InterviewAnalysis.PROVIDER -> builtin();
            case OpenAiCompatibleJudge.PROVIDER -> judgedBy(new OpenAiCompatibleJudge(required(environment, "AIVA_ANALYSIS_OPENAI_URL"),
                    environment.get("AIVA_ANALYSIS_OPENAI_API_KEY"), environment.getOrDefault("AIVA_ANALYSIS_OPENAI_MODEL", "gpt-4o-mini"),
                    timeout), builtin());
            case GeminiJudge.PROVIDER -> judgedBy(new GeminiJudge(environment.get("AIVA_ANALYSIS_GEMINI_URL"),
                    required(environment, "AIVA_ANALYSIS_GEMINI_API_KEY"),
                    environment.getOrDefault("AIVA_ANALYSIS_GEMINI_MODEL", "gemini-flash-latest"), timeout), builtin());
            default -> throw new IllegalArgumentException("unknown provider '" + provider + "'; builtin, openai or gemini");
        };
    }

    private static String required(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is not set");
        }
        return value;
    }

    /** The rows of an answers file with their built-in scores, and any human score it carries. */
    static List<ScoredRow> read(Path input) throws IOException {
        return read(input, builtin());
    }

    /** The rows of an answers file with their scores, and any human score it carries. */
    static List<ScoredRow> read(Path input, RowScorer scorer) throws IOException {
        List<ScoredRow> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<String> missing = REQUIRED.stream().filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(input + " lacks the column(s) " + String.join(", ", missing));
            }
            boolean human = parser.getHeaderMap().containsKey("human_score");
            for (CSVRecord record : parser) {
                double score = scorer.score(record.get("question"), record.get("reference_answer"), record.get("answer"));
                rows.add(new ScoredRow(record.get("id"), score, ReferenceCoverage.unanswered(record.get("answer")),
                        human ? Double.parseDouble(record.get("human_score")) : Double.NaN));
            }
        }
        return rows;
    }

    record ScoredRow(String id, double score, boolean unanswered, double humanScore) {
    }
}
