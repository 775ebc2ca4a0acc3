package io.aiva.core.analysis;

/**
 * The model could not answer now but may shortly: it was too slow, unreachable, rate-limited or
 * failing on its side (HTTP 429 or 5xx). Worth asking again after a pause, unlike a reply that was
 * malformed or refused, which asking again would only repeat.
 */
public class ModelBusyException extends JudgeUnavailableException {

    public ModelBusyException(String reason) {
        super(reason);
    }

    public ModelBusyException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
