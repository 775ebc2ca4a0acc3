package io.aiva.core.mail;

import java.util.logging.Logger;

/**
 * Writes each message to the server log instead of sending it: for a development stack, where the
 * developer is the only reader. Never for production, where the log would hold candidates' links.
 */
final class LoggedMail implements CandidateMail {

    private static final Logger LOG = Logger.getLogger(LoggedMail.class.getName());

    @Override
    public void send(OutgoingMail mail) {
        LOG.info(() -> "E-mail not sent (aiva.mail.provider=log) to " + mail.to() + ": " + mail.subject()
                + System.lineSeparator() + mail.text());
    }
}
