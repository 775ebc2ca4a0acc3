package io.aiva.core.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Measures the built-in scorer against human raters on a CSV that has a {@code human_score} column
 * besides the scorer's inputs, next to a scorer that gives every answer the raters' mean, and prints
 * the table docs/analysis.md reports.
 */
public final class EvaluateScorer {

    private EvaluateScorer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: EvaluateScorer <answers-with-human_score.csv>");
            System.exit(2);
        }
        Path input = Path.of(args[0]);
        List<ScoreAnswers.ScoredRow> rows = ScoreAnswers.read(input);
        if (rows.isEmpty() || rows.stream().anyMatch(row -> Double.isNaN(row.humanScore()))) {
            System.err.println(input + " needs a human_score for every row");
            System.exit(1);
        }
        System.out.print(report(input.getFileName().toString(), rows));
    }

    static String report(String source, List<ScoreAnswers.ScoredRow> rows) {
        List<ScoreAnswers.ScoredRow> answered = rows.stream().filter(row -> !row.unanswered()).toList();
        String all = table(source + ", every answer", rows);
        if (answered.isEmpty() || answered.size() == rows.size()) {
            return all;
        }
        return all + "\n" + table(source + ", without the " + (rows.size() - answered.size())
                + " empty or placeholder answers (\"No response.\")", answered);
    }

    private static String table(String source, List<ScoreAnswers.ScoredRow> rows) {
        double[] human = rows.stream().mapToDouble(ScoreAnswers.ScoredRow::humanScore).toArray();
        double[] builtin = rows.stream().mapToDouble(ScoreAnswers.ScoredRow::score).toArray();
        double mean = Arrays.stream(human).average().orElseThrow();
        double[] constant = new double[human.length];
        Arrays.fill(constant, mean);
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%s: %d answers, human mean %.3f%n%n", source, rows.size(), mean));
        table.append("| scorer | Pearson r | Spearman rho | RMSE | QWK (6 grades) |\n|---|---|---|---|---|\n");
        table.append(row("builtin (reference coverage)", Agreement.between(builtin, human)));
        table.append(row(String.format(Locale.ROOT, "constant mean (%.3f)", mean), Agreement.between(constant, human)));
        return table.toString();
    }

    private static String row(String name, Agreement agreement) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %.3f |%n", name, format(agreement.pearson()),
                format(agreement.spearman()), agreement.rmse(), agreement.quadraticKappa());
    }

    private static String format(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "–";
    }
}
