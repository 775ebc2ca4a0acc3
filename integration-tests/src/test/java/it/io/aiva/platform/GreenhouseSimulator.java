package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.aiva.localstack.LocalStack;

/**
 * Greenhouse as its Assessment Partner documentation describes it (developers.greenhouse.io/assessment.html,
 * recorded in docs/greenhouse-partner-api.md part A), and nothing more: it authenticates with the
 * company's key as the Basic user name and an empty password, sends the documented bodies (plus a
 * field Greenhouse may add later, which a partner must ignore), and checks every answer as Greenhouse
 * says it does. An answer it cannot use is reported to the partner's {@code response_error} endpoint,
 * as Greenhouse does, and fails the test.
 */
final class GreenhouseSimulator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "/api/integrations/greenhouse/assessment/";
    private static final AtomicInteger TEST_INSTANCES = new AtomicInteger(12345);

    private final LocalStack platform;
    private final String apiKey;
    private final int callbackPort;

    GreenhouseSimulator(LocalStack platform, String apiKey, int callbackPort) {
        this.platform = platform;
        this.apiKey = apiKey;
        this.callbackPort = callbackPort;
    }

    /** A test instance Greenhouse sent: its URL for the completion PATCH, and the partner's id for it. */
    record SentTest(String url, String partnerInterviewId) {

        String callbackPath() {
            return URI.create(url).getPath();
        }
    }

    /** {@code list_tests}: a bare array of {@code partner_test_id}/{@code partner_test_name} strings. */
    JsonNode listTests() throws Exception {
        HttpResponse<String> answer = call("GET", "list_tests", null);
        JsonNode tests = validated("list_tests", answer, (body, problems) -> {
            if (!body.isArray()) {
                problems.add("the response is not an array");
            }
            body.forEach(test -> {
                requireString(problems, test, "partner_test_id");
                requireString(problems, test, "partner_test_name");
            });
        });
        return tests;
    }

    /** {@code send_test} with a new Greenhouse test instance, for the person and application given. */
    SentTest sendTest(String partnerTestId, String email, long person, long application) throws Exception {
        String url = "http://127.0.0.1:" + callbackPort + "/integrations/testing_partners/take_home_tests/"
                + TEST_INSTANCES.incrementAndGet();
        return new SentTest(url, sendTest(sendTestBody(partnerTestId, email, person, application, url)));
    }

    /** {@code send_test} again with the body of a test instance already sent (Greenhouse repeating a request). */
    String sendTestAgain(String partnerTestId, String email, long person, long application, SentTest sent) throws Exception {
        return sendTest(sendTestBody(partnerTestId, email, person, application, sent.url()));
    }

    /** The documented body: Greenhouse's own example, with this test's values. */
    ObjectNode sendTestBody(String partnerTestId, String email, long person, long application, String url) {
        ObjectNode body = JSON.createObjectNode();
        body.put("partner_test_id", partnerTestId);
        ObjectNode candidate = body.putObject("candidate");
        candidate.put("first_name", "Harry");
        candidate.put("last_name", "Potter");
        candidate.put("resume_url", "https://hogwarts.com/resume");
        candidate.put("phone_number", "123-456-7890");
        candidate.put("email", email);
        candidate.put("greenhouse_profile_url", "https://app.greenhouse.io/people/" + person + "?application_id=" + application);
        candidate.put("preferred_name", "The Boy Who Lived");
        body.put("url", url);
        body.put("future_field", "Greenhouse may add properties at any time");
        return body;
    }

    private String sendTest(ObjectNode body) throws Exception {
        HttpResponse<String> answer = call("POST", "send_test", body.toString());
        JsonNode sent = validated("send_test", answer, (json, problems) -> {
            if (!json.isObject() || json.size() != 1) {
                problems.add("the response is not an object with a single key");
            }
            requireString(problems, json, "partner_interview_id");
        });
        return sent.get("partner_interview_id").asText();
    }

    /** {@code test_status}: a string status, a profile URL when complete, a number or null score, flat metadata. */
    JsonNode testStatus(String partnerInterviewId) throws Exception {
        HttpResponse<String> answer = call("GET", "test_status?partner_interview_id="
                + URLEncoder.encode(partnerInterviewId, StandardCharsets.UTF_8), null);
        return validated("test_status", answer, (status, problems) -> {
            requireString(problems, status, "partner_status");
            if ("complete".equals(status.path("partner_status").asText()) && !status.path("partner_profile_url").isTextual()) {
                problems.add("partner_status is 'complete' but partner_profile_url is missing");
            }
            JsonNode score = status.path("partner_score");
            if (!score.isMissingNode() && !score.isNull() && !score.isNumber()) {
                problems.add("partner_score is not a number");
            }
            JsonNode metadata = status.path("metadata");
            if (!metadata.isMissingNode() && !metadata.isNull()) {
                if (!metadata.isObject()) {
                    problems.add("metadata is not an object");
                }
                metadata.properties().forEach(entry -> {
                    if (!entry.getValue().isValueNode()) {
                        problems.add("metadata value " + entry.getKey() + " is not a JavaScript primitive");
                    }
                });
            }
        });
    }

    /** A call as Greenhouse makes it, with this company's key. */
    HttpResponse<String> call(String method, String endpoint, String body) throws Exception {
        return callWith("Basic " + Base64.getEncoder().encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8)),
                method, endpoint, body);
    }

    /** A call with any Authorization header (or none, when null). */
    HttpResponse<String> callWith(String authorization, String method, String endpoint, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(platform.baseUri().resolve(PATH + endpoint))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return Platform.send(request.build());
    }

    private interface Check {
        void check(JsonNode body, List<String> problems);
    }

    private JsonNode validated(String apiCall, HttpResponse<String> answer, Check check) throws Exception {
        List<String> problems = new ArrayList<>();
        JsonNode body = null;
        if (answer.statusCode() / 100 != 2) {
            problems.add(apiCall + " answered " + answer.statusCode() + ": " + answer.body());
        } else {
            try {
                body = JSON.readTree(answer.body());
                check.check(body, problems);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                problems.add("the response is not JSON");
            }
        }
        if (!problems.isEmpty()) {
            ObjectNode report = JSON.createObjectNode();
            report.put("api_call", apiCall);
            problems.forEach(report.putArray("errors")::add);
            call("POST", "response_error", report.toString());
        }
        assertThat(problems).as("what Greenhouse could not use in the answer to " + apiCall).isEmpty();
        return body;
    }

    private static void requireString(List<String> problems, JsonNode node, String field) {
        if (!node.path(field).isTextual()) {
            problems.add(field + " is missing or not a string");
        }
    }
}
