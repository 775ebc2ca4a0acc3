package io.aiva.core.scorecard;

/** What the person reviewing an interview decided, beside the analysis's recommendation. */
public enum ReviewDecision {
    ADVANCE,
    HOLD,
    REJECT
}
