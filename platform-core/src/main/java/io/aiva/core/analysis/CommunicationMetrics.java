package io.aiva.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an answer was delivered, from its words and timing only, never from the candidate's face or
 * voice: length, speaking rate (for spoken answers), filler words per hundred words (with a list per
 * language), and vocabulary diversity (the moving-average type-token ratio, which unlike the plain
 * ratio does not fall just because an answer is long). A pause ratio needs word timings, which
 * transcripts do not carry yet; it is absent until they do.
 */
public record CommunicationMetrics(int words, OptionalDouble wordsPerMinute, double fillersPer100Words,
        double vocabularyDiversity, OptionalDouble pauseRatio) {

    static final int DIVERSITY_WINDOW = 50;
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");
    private static final Map<String, List<String>> FILLERS = Map.of(
            "en", List.of("um", "umm", "uh", "uhh", "er", "erm", "hmm", "you know", "i mean", "sort of", "kind of",
                    "basically", "literally"),
            "de", List.of("äh", "ähm", "öh", "öhm", "hm", "halt", "sozusagen", "na ja", "quasi", "irgendwie"),
            "es", List.of("eh", "em", "ehm", "mmm", "o sea", "pues", "bueno", "este", "digamos", "sabes"));

    /** For an answer in a language ({@code en}, {@code de}, {@code es}; others count no fillers), spoken or not. */
    public static CommunicationMetrics of(String answer, String language, boolean spoken, Long durationMs) {
        List<String> words = words(answer);
        OptionalDouble rate = spoken && durationMs != null && durationMs > 0 && !words.isEmpty()
                ? OptionalDouble.of(words.size() / (durationMs / 60000.0))
                : OptionalDouble.empty();
        double fillers = words.isEmpty() ? 0 : 100.0 * fillers(words, language) / words.size();
        return new CommunicationMetrics(words.size(), rate, fillers, diversity(words), OptionalDouble.empty());
    }

    /** The same metrics with the pause ratio measured on the answer's timed words. */
    public CommunicationMetrics withPauseRatio(OptionalDouble ratio) {
        return new CommunicationMetrics(words, wordsPerMinute, fillersPer100Words, vocabularyDiversity, ratio);
    }

    static List<String> words(String answer) {
        List<String> words = new ArrayList<>();
        if (answer == null) {
            return words;
        }
        Matcher matcher = WORD.matcher(answer.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    private static int fillers(List<String> words, String language) {
        String joined = " " + String.join(" ", words) + " ";
        int count = 0;
        for (String filler : FILLERS.getOrDefault(language, List.of())) {
            String needle = " " + filler + " ";
            for (int at = joined.indexOf(needle); at >= 0; at = joined.indexOf(needle, at + 1)) {
                count++;
            }
        }
        return count;
    }

    /** The mean share of distinct words over every window of {@value #DIVERSITY_WINDOW} words (the whole answer if shorter). */
    static double diversity(List<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        int window = Math.min(DIVERSITY_WINDOW, words.size());
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < window; i++) {
            counts.merge(words.get(i), 1, Integer::sum);
        }
        double sum = (double) counts.size() / window;
        int windows = 1;
        for (int i = window; i < words.size(); i++) {
            counts.merge(words.get(i), 1, Integer::sum);
            String leaving = words.get(i - window);
            if (counts.merge(leaving, -1, Integer::sum) == 0) {
                counts.remove(leaving);
            }
            sum += (double) counts.size() / window;
            windows++;
        }
        return sum / windows;
    }
}
