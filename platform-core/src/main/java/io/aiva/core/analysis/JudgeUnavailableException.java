package io.aiva.core.analysis;

/** A judge gave no valid judgement; the reason is shown on the scorecard beside the fallback's scores. */
public class JudgeUnavailableException extends RuntimeException {

    public JudgeUnavailableException(String reason) {
        super(reason);
    }

    public JudgeUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
