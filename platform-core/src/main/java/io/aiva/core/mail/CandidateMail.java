package io.aiva.core.mail;

/** Where messages to candidates go. */
public interface CandidateMail {

    /** @throws MailUnavailableException when the message was not accepted for delivery */
    void send(OutgoingMail mail) throws MailUnavailableException;
}
