package io.aiva.core.mail;

import java.util.Objects;

/** One plain-text message to one recipient. */
public record OutgoingMail(String to, String toName, String subject, String text) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
