package io.aiva.core.speech;

/**
 * A transcriber gave no transcript (unreachable, too slow, refused, failed, or answered in a form
 * that could not be read); the one-line reason is shown beside the browser transcript used instead.
 */
public class TranscriptionUnavailableException extends RuntimeException {

    public TranscriptionUnavailableException(String reason) {
        super(reason);
    }

    public TranscriptionUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
