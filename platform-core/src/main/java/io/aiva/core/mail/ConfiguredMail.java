package io.aiva.core.mail;

import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deployment's mail provider: {@code disabled} (the default: AIVA sends no e-mail, and features
 * that must e-mail candidates say so), {@code smtp}, or {@code log} (a development stack).
 */
@ApplicationScoped
public class ConfiguredMail {

    @Inject
    @ConfigProperty(name = "aiva.mail.provider", defaultValue = "disabled")
    String provider;

    @Inject
    @ConfigProperty(name = "aiva.mail.smtp.host", defaultValue = "localhost")
    String smtpHost;

    @Inject
    @ConfigProperty(name = "aiva.mail.smtp.port", defaultValue = "587")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "aiva.mail.smtp.starttls", defaultValue = "true")
    boolean smtpStartTls;

    @Inject
    @ConfigProperty(name = "aiva.mail.smtp.username")
    Optional<String> smtpUsername;

    @Inject
    @ConfigProperty(name = "aiva.mail.smtp.password")
    Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = "aiva.mail.from", defaultValue = "AIVA Interviews <interviews@localhost>")
    String from;

    private Optional<CandidateMail> mail;

    @PostConstruct
    void choose() {
        mail = switch (provider.strip().toLowerCase()) {
            case "disabled" -> Optional.empty();
            case "log" -> Optional.of(new LoggedMail());
            case "smtp" -> Optional.of(new SmtpMail(new SmtpMail.SmtpSettings(smtpHost, smtpPort, smtpStartTls,
                    smtpUsername.filter(name -> !name.isBlank()).orElse(null), smtpPassword.orElse(""), from)));
            default -> throw new IllegalArgumentException("aiva.mail.provider must be disabled, smtp or log, not " + provider);
        };
    }

    /** The provider, or empty when this deployment sends no e-mail. */
    public Optional<CandidateMail> mail() {
        return mail;
    }
}
