package io.aiva.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.aiva.core.analysis.AnsweredQuestion;
import io.aiva.core.analysis.InterviewAnalysis;
import io.aiva.core.analysis.ReferenceCoverage;
import io.aiva.core.analysis.TermRarity;
import io.aiva.core.question.LibraryQuestion;
import io.aiva.core.question.QuestionBank;

/**
 * The built-in scorer's speed in this JVM, with no server ({@code docs/benchmarks.md}): answers per
 * second through {@link InterviewAnalysis#assess}, the whole analysis the scoring job runs (reference
 * coverage, every rubric criterion with its evidence, STAR, communication metrics, integrity
 * signals), on one thread and on one per core, over {@link LibraryAnswers}; and rows per second of
 * the CSV scorer's measure ({@link ReferenceCoverage}) over the development set, when it is there.
 * Each answer is analysed as an interview of its own and timed alone: an interview of n answers costs
 * n times that plus a few means. What a server loads once (the question library and its term
 * rarities) is timed apart, before. Coding answers are judged on their text, as on a server with no
 * code runner configured.
 */
public final class ScorerBenchmark {

    /** One row of the table: a workload's items done per second by {@code threads} threads, and how long each took. */
    private record Row(String workload, int threads, double perSecond, Latencies latencies) {
    }

    private static final String ROW = "  %-52s %7s %11s %10s %10s";

    private final Duration warmUp;
    private final Duration duration;

    private ScorerBenchmark(Duration warmUp, Duration duration) {
        this.warmUp = warmUp;
        this.duration = duration;
    }

    public static void main(String[] args) throws Exception {
        ScorerBenchmark benchmark = new ScorerBenchmark(seconds("aiva.benchmark.scorer-warmup"),
                seconds("aiva.benchmark.duration"));
        long loading = System.nanoTime();
        TermRarity rarity = TermRarity.library();
        Duration loaded = Duration.ofNanos(System.nanoTime() - loading);
        InterviewAnalysis analysis = new InterviewAnalysis(rarity);
        List<AnsweredQuestion> answers = LibraryAnswers.of(
                QuestionBank.questions().stream().map(LibraryQuestion::english).toList());
        List<Runnable> analyses = answers.stream().<Runnable>map(answer -> () -> analysis.assess(List.of(answer))).toList();
        String libraryAnswers = "library answers, whole builtin analysis (" + answers.size() + ")";
        int cores = Runtime.getRuntime().availableProcessors();
        List<Row> rows = new ArrayList<>();
        rows.add(benchmark.measure(libraryAnswers, analyses, 1));
        rows.add(benchmark.measure(libraryAnswers, analyses, cores));
        Path devSet = Path.of(PlatformBenchmark.required("aiva.eval.csv"));
        String devSetNote;
        if (Files.isReadable(devSet)) {
            List<Runnable> rowScores = devSetRows(devSet, new ReferenceCoverage(rarity));
            rows.add(benchmark.measure("dev set rows, CSV scorer (" + rowScores.size() + ")", rowScores, 1));
            devSetNote = "dev set: " + devSet;
        } else {
            devSetNote = "dev set rows: not measured, no file at " + devSet + " (-Daiva.eval.csv=...)";
        }
        System.out.println(benchmark.table(cores, loaded, rows, devSetNote));
    }

    private static Duration seconds(String property) {
        return Duration.ofSeconds(Long.parseLong(PlatformBenchmark.required(property)));
    }

    /** The CSV scorer's work for each row of the file ({@code io.aiva.core.analysis.ScoreAnswers}), the file read beforehand. */
    private static List<Runnable> devSetRows(Path devSet, ReferenceCoverage coverage) throws IOException {
        List<Runnable> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(devSet, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord row : parser) {
                String question = row.get("question");
                String reference = row.get("reference_answer");
                String answer = row.get("answer");
                rows.add(() -> coverage.of(question, reference, answer));
            }
        }
        return rows;
    }

    /** A warm-up run, so the JIT is past its first compilations, then the measured run. */
    private Row measure(String workload, List<Runnable> items, int threads) throws InterruptedException, ExecutionException {
        String what = workload + " on " + threads + (threads == 1 ? " thread" : " threads");
        System.out.println("Warming up " + what + " for " + warmUp.toSeconds() + " s (not reported) ...");
        run(items, threads, warmUp);
        System.out.println("Measuring " + what + " for " + duration.toSeconds() + " s ...");
        long started = System.nanoTime();
        Latencies latencies = run(items, threads, duration);
        return new Row(workload, threads, latencies.count() / ((System.nanoTime() - started) / 1e9), latencies);
    }

    /** Every thread goes through the items one after the other, each from its own starting point, until the time is up. */
    private static Latencies run(List<Runnable> items, int threads, Duration limit)
            throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + limit.toNanos();
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Long>>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int start = t * items.size() / threads;
                running.add(workers.submit(() -> {
                    List<Long> took = new ArrayList<>();
                    for (int i = start; System.nanoTime() < deadline; i++) {
                        long begun = System.nanoTime();
                        items.get(i % items.size()).run();
                        took.add(System.nanoTime() - begun);
                    }
                    return took;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> worker : running) {
                all.addAll(worker.get());
            }
            return new Latencies(all);
        } finally {
            workers.shutdownNow();
        }
    }

    private String table(int cores, Duration loaded, List<Row> rows, String devSetNote) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("AIVA scorer benchmark, "
                + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")) + ", " + cores
                + " cores: the builtin analysis in one JVM, no server; " + duration.toSeconds() + " s per row after a "
                + warmUp.toSeconds() + " s warm-up");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "  loaded once per server (question library, term rarities): %.2f s",
                loaded.toMillis() / 1000.0));
        lines.add("");
        lines.add(String.format(Locale.ROOT, ROW, "workload (items)", "threads", "items/s", "mean", "p95"));
        for (Row row : rows) {
            lines.add(String.format(Locale.ROOT, ROW, row.workload(), row.threads(),
                    String.format(Locale.ROOT, "%.1f", row.perSecond()), Latencies.millis(row.latencies().mean()),
                    Latencies.millis(row.latencies().percentile(95))));
        }
        lines.add("");
        lines.add("  " + devSetNote);
        lines.add("");
        return String.join(System.lineSeparator(), lines);
    }
}
