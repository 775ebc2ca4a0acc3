package io.aiva.core.secret;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.aiva.core.migration.SchemaCurrent;

/**
 * The platform's keyring, from {@code aiva.secrets.key} and {@code aiva.secrets.previous-keys}. A
 * server without a usable key is not ready ({@link #problem()}): it could neither sign webhooks nor
 * keep a secret a company gives it, and making a key up would lose every secret at the next start.
 * Nor is a server whose keys do not open the database's canary, a known text sealed by the first
 * server that started on it: it was given another deployment's key, or a new one with the old left out.
 */
@ApplicationScoped
public class SecretSealer {

    private static final Logger LOG = Logger.getLogger(SecretSealer.class.getName());
    static final String CANARY = "aiva-secrets-canary";

    @Inject
    @ConfigProperty(name = "aiva.secrets.key")
    Optional<String> key;

    @Inject
    @ConfigProperty(name = "aiva.secrets.previous-keys")
    Optional<List<String>> previousKeys;

    @Resource(lookup = "jdbc/aiva")
    DataSource dataSource;

    private Keyring keyring;
    private volatile String problem;
    private boolean canaryChecked;

    @PostConstruct
    void load() {
        if (key.isEmpty() || key.get().isBlank()) {
            fail("AIVA_SECRETS_KEY is not set: stored secrets cannot be sealed or read (make one with openssl rand -base64 32)");
            return;
        }
        try {
            keyring = Keyring.of(key.get(), previousKeys.orElse(List.of()));
        } catch (Keyring.InvalidKeyConfiguration e) {
            fail(e.getMessage());
        }
    }

    /**
     * Why secrets can be neither sealed nor opened, or empty when they can (or when the canary has not
     * been read yet: that waits for the current schema, whose own readiness says why it is not there).
     */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    public String seal(String value) {
        return keyring().seal(value);
    }

    public String open(String stored) {
        return keyring().open(stored);
    }

    /** The id of the key values are sealed with now, as sealed values name it. */
    public String currentKeyId() {
        return keyring().currentKeyId();
    }

    private Keyring keyring() {
        if (keyring == null) {
            throw new IllegalStateException(problem);
        }
        return keyring;
    }

    /**
     * Reads the canary once the schema is current, before readiness and before the durable jobs start
     * (a synchronous observer: a database error here fails the schema work, which is tried again, and
     * the jobs wait for it). Only the first server on a database seals the canary; sealing it again
     * with a new key is {@link SecretsReseal}'s, so that an old replica restarting during a change of
     * key cannot take it back.
     */
    void checkCanary(@Observes SchemaCurrent schema) throws SQLException {
        if (keyring == null || canaryChecked) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            Optional<String> stored = readCanary(connection);
            if (stored.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO secrets_canary (id, sealed) VALUES (1, ?) ON CONFLICT (id) DO NOTHING")) {
                    insert.setString(1, keyring.seal(CANARY));
                    insert.executeUpdate();
                }
                stored = readCanary(connection);
            }
            String sealed = stored.orElseThrow();
            if (!keyring.opens(sealed, CANARY)) {
                fail("AIVA_SECRETS_KEY does not open the secrets this database holds (they were sealed with key "
                        + Keyring.keyId(sealed) + "): set that key, or keep it in AIVA_SECRETS_PREVIOUS_KEYS");
            }
            canaryChecked = true;
        }
    }

    /** Seals the canary again with the current key, as {@link SecretsReseal} does every stored secret. */
    void sealCanaryAgain() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE secrets_canary SET sealed = ? WHERE id = 1")) {
            update.setString(1, keyring().seal(CANARY));
            update.executeUpdate();
        }
    }

    private static Optional<String> readCanary(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT sealed FROM secrets_canary WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
        }
    }

    private void fail(String reason) {
        problem = reason;
        LOG.severe(reason + "; /health/ready stays DOWN.");
    }
}
