package io.aiva.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.aiva.localstack.PasswordLogin;

/**
 * The company the benchmark loads, set up through the public API as a customer would: onboarded by
 * an operator, its admin through the first sign-in, an API client (the caller of the measured
 * requests), one candidate, one template and one assignment to read, and a template of ten typed
 * answers for the answer load.
 */
final class BenchmarkCompany {

    /** Questions of each interview the answer load goes through. */
    static final int ANSWERS_PER_INTERVIEW = 10;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final String tenantId;
    final String clientId;
    final String clientSecret;
    final String candidateId;
    final String templateId;
    final String assignmentId;
    final String answeringTemplateId;

    private BenchmarkCompany(String tenantId, String clientId, String clientSecret, String candidateId, String templateId,
            String assignmentId, String answeringTemplateId) {
        this.tenantId = tenantId;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.candidateId = candidateId;
        this.templateId = templateId;
        this.assignmentId = assignmentId;
        this.answeringTemplateId = answeringTemplateId;
    }

    static BenchmarkCompany setUp(URI platform, PasswordLogin login, String operatorToken) throws IOException, InterruptedException {
        String slug = "bench-" + Long.toString(System.currentTimeMillis(), 36);
        String adminEmail = "admin@" + slug + ".test";
        ObjectNode company = JSON.createObjectNode().put("name", "Benchmark " + slug).put("slug", slug);
        company.putObject("firstAdmin").put("email", adminEmail).put("firstName", "Bench").put("lastName", "Admin");
        JsonNode onboarded = post(platform, "/api/v1/tenants", operatorToken, company.toString());
        String password = "benchmark-" + slug;
        String admin = login.firstSignIn(adminEmail, onboarded.path("firstAdmin").path("temporaryPassword").asText(), password);
        JsonNode client = post(platform, "/api/v1/api-clients", admin, "{\"name\":\"benchmark\"}");
        String candidate = post(platform, "/api/v1/candidates", admin,
                "{\"firstName\":\"Bench\",\"lastName\":\"Mark\",\"email\":\"candidate@" + slug + ".test\"}").path("id").asText();
        String coding = get(platform, "/api/v1/questions?type=coding&language=en&limit=1", admin).path("data").path(0)
                .path("id").asText();
        String template = post(platform, "/api/v1/templates", admin, """
                {"name":"Benchmark screen","language":"en","answerModes":["text","code"],"sections":[
                  {"title":"Coding","questionIds":["%s"]},
                  {"title":"Backend","rule":{"count":3,"competencies":["backend"],"adaptive":true}}]}""".formatted(coding))
                .path("id").asText();
        String assignment = post(platform, "/api/v1/assignments", admin, assignmentBody(candidate, template))
                .path("assignment").path("id").asText();
        String answering = post(platform, "/api/v1/templates", admin, """
                {"name":"Ten typed answers","language":"en","answerModes":["text"],"sections":[
                  {"title":"Technical","rule":{"count":%d,"types":["technical"]}}]}""".formatted(ANSWERS_PER_INTERVIEW))
                .path("id").asText();
        return new BenchmarkCompany(onboarded.path("tenant").path("id").asText(), client.path("client").path("clientId").asText(),
                client.path("clientSecret").asText(), candidate, template, assignment, answering);
    }

    /** The body of {@code POST /api/v1/assignments} that assigns the template to the candidate. */
    static String assignmentBody(String candidateId, String templateId) {
        return "{\"candidateId\":\"" + candidateId + "\",\"templateId\":\"" + templateId + "\"}";
    }

    /** The API client's tokens, for {@link AccessTokens}. */
    Supplier<String> clientTokens(PasswordLogin login) {
        return () -> {
            try {
                return login.clientToken(clientId, clientSecret);
            } catch (IOException e) {
                throw new IllegalStateException("the benchmark's API client got no token: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while getting a token", e);
            }
        };
    }

    private static JsonNode post(URI platform, String path, String token, String body) throws IOException, InterruptedException {
        return answer(HttpRequest.newBuilder(platform.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), 201);
    }

    private static JsonNode get(URI platform, String path, String token) throws IOException, InterruptedException {
        return answer(HttpRequest.newBuilder(platform.resolve(path)).header("Authorization", "Bearer " + token).build(), 200);
    }

    private static JsonNode answer(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IOException("setting up the benchmark's company: " + request.method() + " " + request.uri()
                    + " answered HTTP " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
