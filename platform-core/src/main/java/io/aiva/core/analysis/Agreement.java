package io.aiva.core.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/**
 * How closely a scorer's scores (0..1) agree with human raters' on the same answers: Pearson's r,
 * Spearman's rho (r of the ranks, ties sharing their mean rank), the root mean squared error, and
 * quadratic weighted kappa on six grades (a score s is grade {@code round(5 s)}, halves rounded up).
 * A constant scorer has no correlation (empty), and a kappa of 0.
 */
public record Agreement(int answers, OptionalDouble pearson, OptionalDouble spearman, double rmse, double quadraticKappa) {

    static final int GRADES = 6;

    public static Agreement between(double[] predicted, double[] human) {
        if (predicted.length != human.length || predicted.length == 0) {
            throw new IllegalArgumentException("need as many predictions as human scores, at least one");
        }
        double squared = IntStream.range(0, predicted.length).mapToDouble(i -> Math.pow(predicted[i] - human[i], 2)).sum();
        return new Agreement(predicted.length, pearson(predicted, human), pearson(ranks(predicted), ranks(human)),
                Math.sqrt(squared / predicted.length), quadraticKappa(predicted, human));
    }

    static OptionalDouble pearson(double[] x, double[] y) {
        double meanX = Arrays.stream(x).average().orElseThrow();
        double meanY = Arrays.stream(y).average().orElseThrow();
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (int i = 0; i < x.length; i++) {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            varianceX += (x[i] - meanX) * (x[i] - meanX);
            varianceY += (y[i] - meanY) * (y[i] - meanY);
        }
        if (varianceX == 0 || varianceY == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(covariance / Math.sqrt(varianceX * varianceY));
    }

    static double[] ranks(double[] values) {
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        int start = 0;
        while (start < order.length) {
            int end = start;
            while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double shared = (start + end) / 2.0 + 1;
            for (int i = start; i <= end; i++) {
                ranks[order[i]] = shared;
            }
            start = end + 1;
        }
        return ranks;
    }

    static int grade(double score) {
        return (int) Math.floor(Math.max(0, Math.min(1, score)) * (GRADES - 1) + 0.5);
    }

    static double quadraticKappa(double[] predicted, double[] human) {
        double[][] observed = new double[GRADES][GRADES];
        double[] predictedGrades = new double[GRADES];
        double[] humanGrades = new double[GRADES];
        for (int i = 0; i < predicted.length; i++) {
            int p = grade(predicted[i]);
            int h = grade(human[i]);
            observed[h][p]++;
            predictedGrades[p]++;
            humanGrades[h]++;
        }
        double disagreement = 0;
        double expectedDisagreement = 0;
        for (int h = 0; h < GRADES; h++) {
            for (int p = 0; p < GRADES; p++) {
                double weight = Math.pow(h - p, 2) / Math.pow(GRADES - 1, 2);
                disagreement += weight * observed[h][p];
                expectedDisagreement += weight * humanGrades[h] * predictedGrades[p] / predicted.length;
            }
        }
        return expectedDisagreement == 0 ? 0 : 1 - disagreement / expectedDisagreement;
    }
}
