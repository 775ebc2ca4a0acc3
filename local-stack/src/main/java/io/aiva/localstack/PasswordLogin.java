package io.aiva.localstack;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.aiva.keycloak.RealmAsCode;

/**
 * Signs a user in the way the browser apps do (authorization code with PKCE through Keycloak's login
 * form), without a browser, and returns the access token. The realm allows no password grant, so
 * this is how the local stack, the tests and the benchmark act as a person.
 */
public final class PasswordLogin {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern PASSWORD_UPDATE_FORM =
            Pattern.compile("<form[^>]*id=\"kc-passwd-update-form\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern FEEDBACK =
            Pattern.compile("kc-feedback-text[^>]*>|id=\"input-error\"[^>]*>");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI keycloak;
    private final URI platform;

    /**
     * @param keycloak Keycloak's base URL
     * @param platform the platform's public URL, where the console's redirect URI lives
     */
    public PasswordLogin(URI keycloak, URI platform) {
        this.keycloak = keycloak;
        this.platform = platform;
    }

    /** Signs {@code username} in to the recruiter console and returns their access token. */
    public String accessToken(String username, String password) throws IOException, InterruptedException {
        return signIn(username, password, null);
    }

    /**
     * A first sign-in with a temporary password: Keycloak asks for a new one, which is set to
     * {@code newPassword}; returns the access token.
     */
    public String firstSignIn(String username, String temporaryPassword, String newPassword)
            throws IOException, InterruptedException {
        return signIn(username, temporaryPassword, newPassword);
    }

    private String signIn(String username, String password, String newPassword) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String verifier = randomToken();
        String state = randomToken();
        String redirectUri = platform.resolve("/admin/").toString();
        URI authorize = URI.create(realmUrl() + "/protocol/openid-connect/auth?" + form(Map.of(
                "client_id", RealmAsCode.ADMIN_CONSOLE_CLIENT,
                "redirect_uri", redirectUri,
                "response_type", "code",
                "scope", "openid",
                "state", state,
                "code_challenge", challenge(verifier),
                "code_challenge_method", "S256")));
        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(authorize).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> submitted = submit(http, loginPage, LOGIN_FORM, Map.of("username", username, "password", password));
        if (submitted.statusCode() == 200 && LOGIN_FORM.matcher(submitted.body()).find()
                && !submitted.body().contains("name=\"username\"")) {
            // Once the realm has organizations Keycloak asks for the user name first and the password
            // on a second page, to route organization members to their identity provider.
            submitted = submit(http, submitted, LOGIN_FORM, Map.of("password", password));
        }
        submitted = followWithinKeycloak(http, submitted, redirectUri);
        if (newPassword != null) {
            submitted = submit(http, submitted, PASSWORD_UPDATE_FORM,
                    Map.of("password-new", newPassword, "password-confirm", newPassword));
        }
        String location = submitted.headers().firstValue("Location").orElse("");
        if (submitted.statusCode() != 302 || !location.startsWith(redirectUri)) {
            throw new IOException("Keycloak did not sign " + username + " in (HTTP " + submitted.statusCode() + "): "
                    + feedback(submitted.body()));
        }
        Map<String, String> answer = query(URI.create(location));
        if (!state.equals(answer.get("state")) || answer.get("code") == null) {
            throw new IOException("Keycloak redirected without a code for this login: " + location);
        }
        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("client_id", RealmAsCode.ADMIN_CONSOLE_CLIENT);
        exchange.put("code", answer.get("code"));
        exchange.put("redirect_uri", redirectUri);
        exchange.put("code_verifier", verifier);
        return token(http, exchange);
    }

    /** What Keycloak's login page tells the person, e.g. "Invalid username or password." */
    private static String feedback(String page) {
        Matcher message = FEEDBACK.matcher(page);
        if (!message.find()) {
            return "no message on the page";
        }
        int end = page.indexOf("</", message.end());
        return page.substring(message.end(), end < 0 ? page.length() : end).replaceAll("\\s+", " ").trim();
    }

    /** Follows Keycloak's redirects between its own pages (e.g. to a required action), stopping at the client's. */
    private HttpResponse<String> followWithinKeycloak(HttpClient http, HttpResponse<String> response, String redirectUri)
            throws IOException, InterruptedException {
        for (int hops = 0; hops < 5; hops++) {
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() != 302 || location == null || location.startsWith(redirectUri)) {
                return response;
            }
            response = http.send(HttpRequest.newBuilder(keycloak.resolve(location)).build(), HttpResponse.BodyHandlers.ofString());
        }
        throw new IOException("Keycloak kept redirecting within its own pages");
    }

    private static HttpResponse<String> submit(HttpClient http, HttpResponse<String> page, Pattern form,
            Map<String, String> fields) throws IOException, InterruptedException {
        Matcher action = form.matcher(page.body());
        if (page.statusCode() != 200 || !action.find()) {
            throw new IOException("Keycloak did not show the expected form (HTTP " + page.statusCode() + ")");
        }
        return http.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A token for an API client of a company, by the client-credentials grant. */
    public String clientToken(String clientId, String secret) throws IOException, InterruptedException {
        return token(HttpClient.newHttpClient(), Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret));
    }

    private String token(HttpClient http, Map<String, String> parameters) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters))).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Keycloak issued no token: HTTP " + response.statusCode() + " " + response.body());
        }
        JsonNode body = JSON.readTree(response.body());
        return body.get("access_token").asText();
    }

    /**
     * Keycloak marks its login-session cookies {@code Secure}; browsers still send those to
     * {@code http://localhost}, but {@link CookieManager} withholds them from any http URL, which
     * would make Keycloak answer the login form with "cookie not found". On a loopback host the
     * flag is dropped so the jar behaves like a browser; anywhere else it is kept.
     */
    private static final class LoopbackCookies extends CookieHandler {
        private static final Pattern SECURE_FLAG = Pattern.compile("(?i);\\s*Secure(?=\\s*;|\\s*$)");
        private final CookieManager jar = new CookieManager();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return jar.get(uri, requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                jar.put(uri, responseHeaders);
                return;
            }
            Map<String, List<String>> relaxed = new LinkedHashMap<>();
            responseHeaders.forEach((name, values) -> relaxed.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                    ? values.stream().map(cookie -> SECURE_FLAG.matcher(cookie).replaceAll("")).toList()
                    : values));
            jar.put(uri, relaxed);
        }
    }

    private String realmUrl() {
        return keycloak.resolve("/realms/" + RealmAsCode.REALM).toString();
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            values.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
