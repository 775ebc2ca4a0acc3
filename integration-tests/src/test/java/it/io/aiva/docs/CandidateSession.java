package it.io.aiva.docs;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.aiva.localstack.LocalStack;
import it.io.aiva.platform.Platform;

/**
 * The candidate's side of the guide's interviews, through the interview session API as the interview room
 * calls it: open the launch link, accept the AI-use notice, answer every question in writing, complete.
 */
final class CandidateSession {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack platform;
    private final String sessionToken;
    private final JsonNode state;

    private CandidateSession(LocalStack platform, String sessionToken, JsonNode state) {
        this.platform = platform;
        this.sessionToken = sessionToken;
        this.state = state;
    }

    /** Opens the link as the candidate's browser does; it opens once. */
    static CandidateSession open(LocalStack platform, String launchUrl) throws Exception {
        ObjectNode launch = JSON.createObjectNode().put("token", launchUrl.substring(launchUrl.indexOf('#') + 1));
        JsonNode launched = expect(201, call(platform, "POST", "/launch", null, launch));
        return new CandidateSession(platform, launched.get("sessionToken").asText(), launched.get("state"));
    }

    /** What the session API answers to opening the link again, for a link that may already be used. */
    static JsonNode openingAgain(LocalStack platform, String launchUrl) throws Exception {
        ObjectNode launch = JSON.createObjectNode().put("token", launchUrl.substring(launchUrl.indexOf('#') + 1));
        return JSON.readTree(call(platform, "POST", "/launch", null, launch).body());
    }

    /** Takes the whole interview, writing {@code answer} to every question. */
    static void complete(LocalStack platform, String launchUrl, String answer) throws Exception {
        CandidateSession session = open(platform, launchUrl);
        ObjectNode consent = JSON.createObjectNode().put("aiNoticeVersion", session.state.get("aiNotice").get("version").asText())
                .put("recordingConsent", false);
        JsonNode question = expect(200, session.call("POST", "/session/consent", consent)).get("currentQuestion");
        while (question != null) {
            ObjectNode written = JSON.createObjectNode().put("mode", "text").put("text", answer)
                    .put("startedAt", Instant.now().toString()).put("durationMs", 60_000);
            question = expect(201, session.call("PUT", "/session/questions/" + question.get("id").asText() + "/answers/1",
                    written)).get("currentQuestion");
        }
        expect(200, session.call("POST", "/session/complete", null));
    }

    private HttpResponse<String> call(String method, String path, JsonNode body) throws Exception {
        return call(platform, method, path, sessionToken, body);
    }

    private static HttpResponse<String> call(LocalStack platform, String method, String path, String sessionToken, JsonNode body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.baseUri() + "/interview/api" + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()))
                .header("Content-Type", "application/json");
        if (sessionToken != null) {
            request.header("Authorization", "Bearer " + sessionToken);
        }
        return Platform.send(request.build());
    }

    private static JsonNode expect(int status, HttpResponse<String> response) throws Exception {
        if (response.statusCode() != status) {
            throw new AssertionError("the interview session API answered " + response.statusCode() + " instead of " + status
                    + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
