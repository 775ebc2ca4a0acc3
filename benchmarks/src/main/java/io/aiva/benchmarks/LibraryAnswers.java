package io.aiva.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import io.aiva.core.analysis.AnsweredQuestion;
import io.aiva.core.analysis.Sentences;
import io.aiva.core.question.QuestionContent;
import io.aiva.core.question.QuestionType;
import io.aiva.core.session.AnswerContent;
import io.aiva.core.template.AnswerMode;

/**
 * Answers to every question of the library, made from the library itself so that the scorer's
 * benchmark runs from a fresh clone, without a data set. Every question that is not a coding one is
 * answered at each level of {@link #OWN_SHARES}: an answer as many sentences long as the question's
 * reference answer (about 190 words, one to two minutes of speech), that share of them taken from
 * the reference and the rest from other questions' references, in a random order, so that answers
 * range from strong to off-topic. Behavioural answers are spoken (transcripts), the others typed. A
 * coding question is answered with each of its reference solutions. A fixed seed makes every run
 * score the same answers.
 */
final class LibraryAnswers {

    /** The share of an answer's sentences that come from its own question's reference answer. */
    private static final double[] OWN_SHARES = {0.8, 0.5, 0.2, 0.0};
    /** 150 words a minute, a speaking pace. */
    private static final long SPOKEN_MILLIS_PER_WORD = 400;
    /** 40 words a minute, a typing pace: faster, long answers would be taken for pasted (an integrity signal). */
    private static final long TYPED_MILLIS_PER_WORD = 1500;
    private static final long SEED = 5;
    /** Any instant: the analysis reads how long an answer took, not when. */
    private static final Instant STARTED = Instant.parse("2026-11-29T09:00:00Z");

    private LibraryAnswers() {
    }

    static List<AnsweredQuestion> of(List<QuestionContent> questions) {
        Random random = new Random(SEED);
        List<String> everyReferenceSentence = questions.stream()
                .filter(question -> question.type() != QuestionType.CODING)
                .flatMap(question -> sentences(question).stream()).toList();
        List<AnsweredQuestion> answers = new ArrayList<>();
        for (QuestionContent question : questions) {
            if (question.type() == QuestionType.CODING) {
                new TreeMap<>(question.coding().referenceSolutions()).forEach((language, solution) ->
                        answers.add(new AnsweredQuestion(1, question, Optional.of(answer(AnswerMode.CODE, solution, language)))));
                continue;
            }
            List<String> reference = sentences(question);
            for (double share : OWN_SHARES) {
                List<String> sentences = new ArrayList<>(reference);
                Collections.shuffle(sentences, random);
                int own = (int) Math.round(share * reference.size());
                for (int i = own; i < sentences.size(); i++) {
                    sentences.set(i, everyReferenceSentence.get(random.nextInt(everyReferenceSentence.size())));
                }
                Collections.shuffle(sentences, random);
                AnswerMode mode = question.type() == QuestionType.BEHAVIORAL ? AnswerMode.VOICE : AnswerMode.TEXT;
                answers.add(new AnsweredQuestion(1, question, Optional.of(answer(mode, String.join(" ", sentences), null))));
            }
        }
        return answers;
    }

    /** The reference answer's sentences; its line breaks are the library file's wrapping, not sentence ends. */
    private static List<String> sentences(QuestionContent question) {
        return Sentences.of(question.referenceAnswer().replaceAll("\\s+", " "));
    }

    private static AnswerContent answer(AnswerMode mode, String words, String codeLanguage) {
        long duration = words.split("\\s+").length * (mode == AnswerMode.VOICE ? SPOKEN_MILLIS_PER_WORD : TYPED_MILLIS_PER_WORD);
        return switch (mode) {
            case VOICE -> new AnswerContent(mode, words, null, null, null, null, STARTED, duration);
            case TEXT -> new AnswerContent(mode, null, words, null, null, null, STARTED, duration);
            case CODE -> new AnswerContent(mode, null, null, words, codeLanguage, null, STARTED, duration);
        };
    }
}
