package io.aiva.core.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Sends through an SMTP relay (the company's, or a transactional-mail service's SMTP endpoint) with Jakarta Mail. */
final class SmtpMail implements CandidateMail {

    private final Session session;
    private final InternetAddress from;

    SmtpMail(SmtpSettings settings) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "15000");
        properties.put("mail.smtp.writetimeout", "15000");
        Authenticator authenticator = null;
        if (settings.username() != null) {
            properties.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(settings.username(), settings.password());
                }
            };
        }
        session = Session.getInstance(properties, authenticator);
        try {
            from = new InternetAddress(settings.from(), true);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("aiva.mail.from is not an e-mail address: " + settings.from(), e);
        }
    }

    @Override
    public void send(OutgoingMail mail) throws MailUnavailableException {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, mail.toName() == null ? new InternetAddress(mail.to(), true)
                    : new InternetAddress(mail.to(), mail.toName(), StandardCharsets.UTF_8.name()));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.text(), StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailUnavailableException("the SMTP relay did not take the message: " + e.getMessage(), e);
        }
    }

    /** Where and as whom to send. */
    record SmtpSettings(String host, int port, boolean startTls, String username, String password, String from) {
    }
}
