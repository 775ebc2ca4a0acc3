package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ComponentRepresentation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.aiva.localstack.DemoUsers;
import io.aiva.localstack.LocalStack;

/**
 * Every token the API must refuse, each differing from an accepted one in a single respect, so a
 * refusal can only be for that respect. The accepted baseline is signed by a key the test adds to
 * the realm (Keycloak publishes it in the realm's JWKS), which is what lets the test mint an
 * expired token or one for another issuer without waiting or a second Keycloak.
 */
@ExtendWith(Platform.class)
class NegativeTokenIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROTECTED = "/api/v1/tenants?limit=1";

    @Test
    void aTokenMintedWithARealmKeyIsAcceptedAndEachSingleDefectIsRefused(LocalStack platform) throws Exception {
        ObjectNode claims = (ObjectNode) Platform.claims(superAdminToken(platform));
        try (Keycloak admin = platform.keycloak().adminClient()) {
            RealmKey key = RealmKey.add(admin.realm("aiva"), platform);
            long now = Instant.now().getEpochSecond();
            claims.put("iat", now).put("exp", now + 120).put("jti", UUID.randomUUID().toString());

            assertThat(call(platform, key.sign(claims)).statusCode()).as("the baseline").isEqualTo(200);

            assertRefused(platform, key.sign(claims.deepCopy().put("exp", now - 120).put("iat", now - 420)), "expired");
            assertRefused(platform, key.sign(claims.deepCopy().put("iss", "http://127.0.0.1:1/realms/aiva")), "another issuer");
            assertRefused(platform, key.sign(claims.deepCopy().put("aud", "account")), "another audience");
            assertRefused(platform, RealmKey.unknown().sign(claims), "a key the realm does not have");
            assertRefused(platform, unsigned(claims), "alg none");
            assertRefused(platform, tampered(key.sign(claims)), "a payload changed after signing");
        }
    }

    @Test
    void aRealTokenOfAClientOutsideTheApiAudienceIsRefused(LocalStack platform) throws Exception {
        try (Keycloak admin = platform.keycloak().adminClient()) {
            RealmResource realm = admin.realm("aiva");
            ClientRepresentation client = new ClientRepresentation();
            client.setClientId("outsider-" + UUID.randomUUID());
            client.setPublicClient(false);
            client.setServiceAccountsEnabled(true);
            client.setStandardFlowEnabled(false);
            client.setSecret("outsider-secret-" + UUID.randomUUID());
            String id;
            try (Response created = realm.clients().create(client)) {
                String path = created.getLocation().getPath();
                id = path.substring(path.lastIndexOf('/') + 1);
            }
            ClientResource outsider = realm.clients().get(id);
            outsider.getDefaultClientScopes().stream().filter(scope -> scope.getName().equals("aiva-api"))
                    .forEach(scope -> outsider.removeDefaultClientScope(scope.getId()));

            String token = platform.login().clientToken(client.getClientId(), client.getSecret());

            assertThat(Platform.claims(token).path("aud").toString()).doesNotContain("aiva-api");
            assertRefused(platform, token, "a token without the aiva-api audience");
        }
    }

    private static void assertRefused(LocalStack platform, String token, String defect) throws Exception {
        HttpResponse<String> response = call(platform, token);
        assertThat(response.statusCode()).as(defect).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).as(defect).get().asString()
                .startsWith("application/problem+json");
    }

    private static HttpResponse<String> call(LocalStack platform, String token) throws Exception {
        return Platform.send(HttpRequest.newBuilder(platform.baseUri().resolve(PROTECTED))
                .header("Authorization", "Bearer " + token).build());
    }

    private static String superAdminToken(LocalStack platform) throws Exception {
        return platform.login().accessToken(DemoUsers.SUPER_ADMIN, DemoUsers.PASSWORD);
    }

    private static String unsigned(JsonNode claims) {
        return base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64(claims.toString()) + ".";
    }

    private static String tampered(String token) throws Exception {
        String[] parts = token.split("\\.");
        ObjectNode claims = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        claims.put("preferred_username", "someone-else");
        return parts[0] + "." + base64(claims.toString()) + "." + parts[2];
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** An RSA key, and the id under which the realm's JWKS publishes it (if it does). */
    private record RealmKey(KeyPair pair, String kid) {

        static RealmKey unknown() throws Exception {
            return new RealmKey(newPair(), "not-a-realm-key");
        }

        /**
         * Adds a key to the realm at a priority below Keycloak's own, so Keycloak keeps signing with
         * its key while publishing this one too.
         */
        static RealmKey add(RealmResource realm, LocalStack platform) throws Exception {
            KeyPair pair = newPair();
            ComponentRepresentation component = new ComponentRepresentation();
            component.setName("test-key-" + UUID.randomUUID());
            component.setProviderId("rsa");
            component.setProviderType("org.keycloak.keys.KeyProvider");
            component.setParentId(realm.toRepresentation().getId());
            MultivaluedHashMap<String, String> config = new MultivaluedHashMap<>();
            config.put("priority", List.of("-100"));
            config.put("enabled", List.of("true"));
            config.put("active", List.of("true"));
            config.put("algorithm", List.of("RS256"));
            config.put("privateKey", List.of("-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----"));
            component.setConfig(config);
            realm.components().add(component).close();

            BigInteger modulus = ((RSAPublicKey) pair.getPublic()).getModulus();
            HttpResponse<String> jwks = Platform.get(platform.keycloak().baseUri().resolve("/realms/aiva/protocol/openid-connect/certs"));
            for (JsonNode published : JSON.readTree(jwks.body()).path("keys")) {
                if (published.has("n") && new BigInteger(1, Base64.getUrlDecoder().decode(published.get("n").asText())).equals(modulus)) {
                    return new RealmKey(pair, published.get("kid").asText());
                }
            }
            throw new IllegalStateException("the realm did not publish the added key");
        }

        String sign(JsonNode claims) throws Exception {
            String signingInput = base64(JSON.writeValueAsString(Map.of("alg", "RS256", "typ", "JWT", "kid", kid))) + "."
                    + base64(claims.toString());
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(pair.getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        }

        private static KeyPair newPair() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }
    }
}
