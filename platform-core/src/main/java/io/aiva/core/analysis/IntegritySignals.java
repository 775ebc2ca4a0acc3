package io.aiva.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.aiva.core.session.AnswerContent;
import io.aiva.core.template.AnswerMode;

/**
 * The integrity signals the server can see in the answers themselves: a long written answer entered
 * faster than anyone types (as when it is pasted), and an answer that reproduces a long run of the
 * question's reference answer, which candidates are never shown. Neither proves anything; both are
 * worth a look. Nothing about the candidate's face, voice or person is used.
 */
final class IntegritySignals {

    static final String IMPLAUSIBLE_TYPING_SPEED = "implausible_typing_speed";
    static final String REFERENCE_ANSWER_REPRODUCED = "reference_answer_reproduced";

    /** Below this, a burst of fast typing or one short paste says little. */
    static final int TYPED_CHARACTERS_FROM = 200;
    /**
     * Characters per second. Fast typists sustain about 8 (around 100 words a minute); 15 is beyond
     * what anyone keeps up over a long answer, so a faster answer was most likely not typed.
     */
    static final double TYPING_SPEED_LIMIT = 15;
    /** Consecutive words shared with the reference answer; shorter runs occur by chance in a narrow subject. */
    static final int REPRODUCED_WORDS_FROM = 12;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

    private IntegritySignals() {
    }

    static List<IntegritySignal> of(List<AnsweredQuestion> interview) {
        List<IntegritySignal> signals = new ArrayList<>();
        for (AnsweredQuestion asked : interview) {
            asked.answer().ifPresent(answer -> {
                typingSpeed(asked.ordinal(), answer).ifPresent(signals::add);
                reproduction(asked.ordinal(), asked.question().referenceAnswer(), asked.words()).ifPresent(signals::add);
            });
        }
        return signals;
    }

    private static Optional<IntegritySignal> typingSpeed(int ordinal, AnswerContent answer) {
        String written = answer.words();
        if (answer.mode() == AnswerMode.VOICE || written == null || answer.durationMs() == null || answer.durationMs() <= 0) {
            return Optional.empty();
        }
        int characters = written.strip().length();
        double perSecond = characters / (answer.durationMs() / 1000.0);
        if (characters < TYPED_CHARACTERS_FROM || perSecond <= TYPING_SPEED_LIMIT) {
            return Optional.empty();
        }
        return Optional.of(new IntegritySignal(IMPLAUSIBLE_TYPING_SPEED, OptionalInt.of(ordinal), String.format(Locale.ROOT,
                "%d characters of %s were entered in %.1f s, %.0f a second; fast typists sustain about 8, so the answer was"
                        + " most likely pasted.",
                characters, answer.mode() == AnswerMode.CODE ? "code" : "text", answer.durationMs() / 1000.0, perSecond)));
    }

    private static Optional<IntegritySignal> reproduction(int ordinal, String reference, String answer) {
        if (reference == null || answer == null) {
            return Optional.empty();
        }
        int run = longestSharedRun(words(reference), words(answer));
        if (run < REPRODUCED_WORDS_FROM) {
            return Optional.empty();
        }
        return Optional.of(new IntegritySignal(REFERENCE_ANSWER_REPRODUCED, OptionalInt.of(ordinal),
                "The answer repeats " + run + " consecutive words of the question's reference answer, which candidates are not"
                        + " shown."));
    }

    /** The longest run of consecutive words the two texts share (dynamic programming over word pairs). */
    static int longestSharedRun(List<String> first, List<String> second) {
        int[] previous = new int[second.size() + 1];
        int longest = 0;
        for (String word : first) {
            int[] current = new int[second.size() + 1];
            for (int j = 1; j <= second.size(); j++) {
                if (word.equals(second.get(j - 1))) {
                    current[j] = previous[j - 1] + 1;
                    longest = Math.max(longest, current[j]);
                }
            }
            previous = current;
        }
        return longest;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
