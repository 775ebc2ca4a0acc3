package io.aiva.core.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores a CSV of answers with the built-in scorer: reads the columns
 * {@code id,question,reference_answer,answer} (others are ignored) and writes {@code id,score},
 * score in 0..1. See docs/analysis.md for the command that runs it.
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
        try {
            rows = score(Path.of(args[0]), Path.of(args[1]));
        } catch (IllegalArgumentException e) {
            System.err.println("AIVA scoring failed: " + e.getMessage());
            System.exit(1);
            return;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.printf(Locale.ROOT, "Scored %d answers in %.2f s (%.0f answers/s) with the built-in scorer; wrote %s%n",
                rows, seconds, rows / seconds, args[1]);
    }

    /** Scores every row of {@code input} into {@code output}; the number of rows. */
    static int score(Path input, Path output) throws IOException {
        List<ScoredRow> rows = read(input);
        try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
                CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader("id", "score").get().print(writer)) {
            for (ScoredRow row : rows) {
                printer.printRecord(row.id(), String.format(Locale.ROOT, "%.4f", row.score()));
            }
        }
        return rows.size();
    }

    /** The rows of an answers file with their built-in scores, and any human score it carries. */
    static List<ScoredRow> read(Path input) throws IOException {
        ReferenceCoverage scorer = new ReferenceCoverage(TermRarity.library());
        List<ScoredRow> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<String> missing = REQUIRED.stream().filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(input + " lacks the column(s) " + String.join(", ", missing));
            }
            boolean human = parser.getHeaderMap().containsKey("human_score");
            for (CSVRecord record : parser) {
                double score = scorer.of(record.get("question"), record.get("reference_answer"), record.get("answer")).score();
                rows.add(new ScoredRow(record.get("id"), score, ReferenceCoverage.unanswered(record.get("answer")),
                        human ? Double.parseDouble(record.get("human_score")) : Double.NaN));
            }
        }
        return rows;
    }

    record ScoredRow(String id, double score, boolean unanswered, double humanScore) {
    }
}
