package io.aiva.core.analysis;

import java.util.Optional;

import io.aiva.core.question.QuestionContent;
import io.aiva.core.session.AnswerContent;
import io.aiva.core.speech.Transcript;
import io.aiva.core.template.AnswerMode;

/**
 * A question as it was asked in an interview, and the candidate's last answer to it, if any. A
 * spoken answer may carry the speech service's transcript of its recording, which is then scored in
 * place of the transcript the browser sent, or a note on why the recording was not transcribed.
 */
public record AnsweredQuestion(int ordinal, QuestionContent question, Optional<AnswerContent> answer,
        Optional<Transcript> transcript, Optional<String> transcriptionNote) {

    public static final String FROM_BROWSER = "candidate_browser";
    public static final String FROM_SPEECH_SERVICE = "speech_service";

    public AnsweredQuestion(int ordinal, QuestionContent question, Optional<AnswerContent> answer) {
        this(ordinal, question, answer, Optional.empty(), Optional.empty());
    }

    public AnsweredQuestion transcribed(Transcript serverTranscript) {
        return new AnsweredQuestion(ordinal, question, answer, Optional.of(serverTranscript), Optional.empty());
    }

    public AnsweredQuestion notTranscribed(String why) {
        return new AnsweredQuestion(ordinal, question, answer, Optional.empty(), Optional.of(why));
    }

    /** The words scored: the speech service's transcript when there is one, else what the candidate sent. */
    public String words() {
        return transcript.map(Transcript::text).orElseGet(() -> answer.map(AnswerContent::words).orElse(null));
    }

    /** For a spoken answer, where its words came from. */
    public Optional<String> transcriptSource() {
        return answer.filter(given -> given.mode() == AnswerMode.VOICE)
                .map(given -> transcript.isPresent() ? FROM_SPEECH_SERVICE : FROM_BROWSER);
    }
}
