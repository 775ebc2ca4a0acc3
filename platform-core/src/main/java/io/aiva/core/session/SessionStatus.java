package io.aiva.core.session;

/** Where a candidate's interview is, as the candidate sees it. */
public enum SessionStatus {
    CONSENT_REQUIRED, IN_PROGRESS, COMPLETED, CLOSED
}
