package io.aiva.core.greenhouse;

/** What became of a {@code send_test}. */
public sealed interface SendOutcome {

    /** The test was sent (now, or by the earlier request with the same Greenhouse URL). */
    record Sent(String partnerInterviewId) implements SendOutcome {
    }

    /** No active template of the company has this id. */
    record UnknownTest() implements SendOutcome {
    }

    /** This deployment sends no e-mail, so the candidate would never hear of the test. */
    record MailDisabled() implements SendOutcome {
    }
}
