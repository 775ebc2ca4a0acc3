package io.aiva.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The realm {@code aiva} as the repository defines it: {@code aiva-realm.json} (realm settings, roles,
 * clients) and {@code aiva-api-scope.json} (the token contents the API relies on), both ordinary
 * Keycloak representations. The only deployment-specific value is the platform's public URL, which
 * the browser clients redirect to.
 */
public final class RealmAsCode {

    public static final String REALM = "aiva";
    public static final String API_AUDIENCE = "aiva-api";
    public static final String API_SCOPE = "aiva-api";
    public static final String PLATFORM_CLIENT = "aiva-platform";
    public static final String ADMIN_CONSOLE_CLIENT = "aiva-admin-console";
    public static final String INTERVIEW_CLIENT = "aiva-interview";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final String publicUrl;

    /** @param publicUrl where browsers reach the platform, e.g. {@code https://aiva.example.com}; no trailing slash */
    public RealmAsCode(String publicUrl) {
        if (publicUrl.endsWith("/")) {
            throw new IllegalArgumentException("the public URL must not end with '/': " + publicUrl);
        }
        this.publicUrl = publicUrl;
    }

    public RealmRepresentation realm() {
        return read("aiva-realm.json", RealmRepresentation.class);
    }

    public ClientScopeRepresentation apiScope() {
        return read("aiva-api-scope.json", ClientScopeRepresentation.class);
    }

    private <T> T read(String resource, Class<T> type) {
        try (InputStream in = RealmAsCode.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the keycloak module");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${AIVA_PUBLIC_URL}", publicUrl);
            return JSON.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
