package io.aiva.core.secret;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's keyring, from {@code aiva.secrets.key} and {@code aiva.secrets.previous-keys}. A
 * server without a usable key is not ready ({@link #problem()}): it could neither sign webhooks nor
 * keep a secret a company gives it, and making a key up would lose every secret at the next start.
 */
@ApplicationScoped
public class SecretSealer {

    private static final Logger LOG = Logger.getLogger(SecretSealer.class.getName());

    @Inject
    @ConfigProperty(name = "aiva.secrets.key")
    Optional<String> key;

    @Inject
    @ConfigProperty(name = "aiva.secrets.previous-keys")
    Optional<List<String>> previousKeys;

    private Keyring keyring;
    private String problem;

    @PostConstruct
    void load() {
        if (key.isEmpty() || key.get().isBlank()) {
            problem = "AIVA_SECRETS_KEY is not set: stored secrets cannot be sealed or read (make one with openssl rand -base64 32)";
        } else {
            try {
                keyring = Keyring.of(key.get(), previousKeys.orElse(List.of()));
            } catch (Keyring.InvalidKeyConfiguration e) {
                problem = e.getMessage();
            }
        }
        if (problem != null) {
            LOG.severe(problem + "; /health/ready stays DOWN.");
        }
    }

    /** Why secrets can be neither sealed nor opened, or empty when they can. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    public String seal(String value) {
        return keyring().seal(value);
    }

    public String open(String stored) {
        return keyring().open(stored);
    }

    private Keyring keyring() {
        if (keyring == null) {
            throw new IllegalStateException(problem);
        }
        return keyring;
    }
}
