package io.aiva.core.assignment;

/** A launch link that cannot start an interview; the reason is written for the candidate. */
public class InvalidLaunchLinkException extends RuntimeException {

    /** Why, so the candidate is told what to do next. */
    public enum Reason {
        /** Not a link AIVA made, or altered. */
        INVALID,
        /** Past its time, or its interview's deadline. */
        EXPIRED,
        /** Opened once already, or replaced by a newer link. */
        USED,
        /** The interview was completed, canceled or has expired. */
        CLOSED,
        /** Opened in a frame on a site its company does not let embed its interviews. */
        EMBED_NOT_ALLOWED
    }

    private final Reason reason;

    public InvalidLaunchLinkException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
