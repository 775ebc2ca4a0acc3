package io.aiva.core.speech;

/**
 * Transcribes one recorded spoken answer on the server. Optional by design: a deployment without
 * one keeps the transcript the candidate's browser submitted with the answer.
 */
public interface SpeechTranscriber {

    /** {@code google}. */
    String provider();

    /**
     * The answer's transcript with its timed words.
     *
     * @param languageCode the interview's language as a BCP-47 tag with its region, such as
     *                     {@code en-US} or {@code de-DE}
     * @throws TranscriptionUnavailableException when no transcript could be had; the caller falls
     *                                           back to the browser transcript
     */
    Transcript transcribe(RecordedAudio audio, String languageCode);
}
