package io.aiva.core.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import io.aiva.core.Sha256;

/**
 * AES-256-GCM with the platform's current key, and its previous keys to open what they sealed. A
 * sealed value is {@code aiva-sealed:v1:<key id>:<nonce and ciphertext, base64url>}; the key id (the
 * first 8 hex characters of the key's SHA-256) says which key opens it, and the header is
 * authenticated with the ciphertext. A value without the prefix was stored before sealing existed
 * and is read as it is.
 */
public final class Keyring {

    static final String PREFIX = "aiva-sealed:v1:";
    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String currentId;
    private final Map<String, SecretKeySpec> keys;
    private final SecureRandom random = new SecureRandom();

    private Keyring(String currentId, Map<String, SecretKeySpec> keys) {
        this.currentId = currentId;
        this.keys = keys;
    }

    /**
     * The keyring of these keys (base64, 32 bytes each).
     *
     * @param current the key new values are sealed with
     * @param previous keys that sealed values still stored, to open them
     * @throws InvalidKeyConfiguration when a key is not base64 of 32 bytes
     */
    public static Keyring of(String current, List<String> previous) {
        Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
        String currentId = add(keys, current, "AIVA_SECRETS_KEY");
        for (String key : previous) {
            add(keys, key, "AIVA_SECRETS_PREVIOUS_KEYS");
        }
        return new Keyring(currentId, keys);
    }

    private static String add(Map<String, SecretKeySpec> keys, String encoded, String variable) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidKeyConfiguration(variable + " must be base64 (openssl rand -base64 32)");
        }
        if (key.length != KEY_BYTES) {
            throw new InvalidKeyConfiguration(variable + " must hold " + KEY_BYTES + " bytes, base64 (openssl rand -base64 32); it holds " + key.length);
        }
        String id = Sha256.of(key).substring(0, 8);
        keys.putIfAbsent(id, new SecretKeySpec(key, "AES"));
        return id;
    }

    /** {@code value} sealed with the current key; a new nonce each time, so equal values do not look alike. */
    public String seal(String value) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        String header = header(currentId);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, keys.get(currentId), nonce, header, value.getBytes(StandardCharsets.UTF_8));
        ByteBuffer stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed);
        return header + Base64.getUrlEncoder().withoutPadding().encodeToString(stored.array());
    }

    /**
     * What {@code stored} holds: opened when sealed, as it is when stored before sealing.
     *
     * @throws UnreadableSecret when no key of this keyring opens it, or it was altered
     */
    public String open(String stored) {
        if (!stored.startsWith(PREFIX)) {
            return stored;
        }
        String id = keyId(stored);
        int idEnd = PREFIX.length() + id.length();
        SecretKeySpec key = keys.get(id);
        if (key == null) {
            throw new UnreadableSecret("sealed with key " + id + ", which is neither AIVA_SECRETS_KEY nor one of AIVA_SECRETS_PREVIOUS_KEYS");
        }
        byte[] sealed;
        try {
            sealed = Base64.getUrlDecoder().decode(stored.substring(idEnd + 1));
        } catch (IllegalArgumentException e) {
            throw new UnreadableSecret("sealed with key " + id + " but not base64url");
        }
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new UnreadableSecret("sealed with key " + id + " but too short");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        ByteBuffer.wrap(sealed).get(nonce);
        byte[] ciphertext = new byte[sealed.length - NONCE_BYTES];
        ByteBuffer.wrap(sealed, NONCE_BYTES, ciphertext.length).get(ciphertext);
        try {
            return new String(cipher(Cipher.DECRYPT_MODE, key, nonce, stored.substring(0, idEnd + 1), ciphertext), StandardCharsets.UTF_8);
        } catch (IllegalStateException e) {
            throw new UnreadableSecret("sealed with key " + id + " but altered since");
        }
    }

    /** Whether {@code stored} was sealed by a key of this keyring, unaltered, and holds {@code expected}. */
    boolean opens(String stored, String expected) {
        try {
            return stored.startsWith(PREFIX) && open(stored).equals(expected);
        } catch (UnreadableSecret e) {
            return false;
        }
    }

    String currentKeyId() {
        return currentId;
    }

    /** How a value sealed with the key of this id begins, as stored; authenticated with the ciphertext. */
    static String header(String keyId) {
        return PREFIX + keyId + ":";
    }

    /** The id of the key that sealed {@code stored}, as written in it; empty when it is not sealed. */
    static String keyId(String stored) {
        if (!stored.startsWith(PREFIX)) {
            return "";
        }
        int idEnd = stored.indexOf(':', PREFIX.length());
        return idEnd < 0 ? "" : stored.substring(PREFIX.length(), idEnd);
    }

    private static byte[] cipher(int mode, SecretKeySpec key, byte[] nonce, String header, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header.getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e.getClass().getSimpleName(), e);
        }
    }

    /** The keys configured cannot make a keyring; the message says which variable and why. */
    public static final class InvalidKeyConfiguration extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InvalidKeyConfiguration(String message) {
            super(message);
        }
    }

    /** A stored secret no key of the keyring opens. */
    public static final class UnreadableSecret extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnreadableSecret(String reason) {
            super("A stored secret cannot be read: " + reason + ".");
        }
    }
}
