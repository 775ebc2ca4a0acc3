package io.aiva.core.mail;

/** The mail service did not take the message; sending again later may work. */
public class MailUnavailableException extends Exception {

    public MailUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
