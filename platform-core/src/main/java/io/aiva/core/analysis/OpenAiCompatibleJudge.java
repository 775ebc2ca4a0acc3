package io.aiva.core.analysis;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.aiva.core.question.QuestionContent;

/**
 * A judge that asks any OpenAI-compatible chat-completions endpoint (OpenAI, Azure OpenAI through
 * its compatible endpoint, a self-hosted vLLM or Ollama) for a structured judgement: the request
 * names a JSON schema ({@code response_format: json_schema}, strict), and the answer is checked
 * against it here again ({@link JudgePrompt}), because not every compatible server enforces it.
 */
public final class OpenAiCompatibleJudge implements RubricJudge {

    public static final String PROVIDER = "openai";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final String apiKey;
    private final String model;
    private final Duration timeout;
    private final HttpClient client;

    /**
     * @param baseUrl the API's base, such as {@code https://api.openai.com/v1} or
     *                {@code http://localhost:11434/v1}; {@code /chat/completions} is appended
     */
    public OpenAiCompatibleJudge(String baseUrl, String apiKey, String model, Duration timeout) {
        this.endpoint = URI.create(baseUrl.replaceAll("/+$", "") + "/chat/completions");
        this.apiKey = apiKey;
        this.model = model;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public Optional<String> model() {
        return Optional.of(model);
    }

    @Override
    public List<CriterionEvidence> judge(QuestionContent question, String answer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(requestBody(question, answer), StandardCharsets.UTF_8));
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new ModelBusyException("the model gave no answer within " + timeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new ModelBusyException("the model could not be reached (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JudgeUnavailableException("interrupted while waiting for the model", e);
        }
        if (response.statusCode() == 429 || response.statusCode() / 100 == 5) {
            throw new ModelBusyException("the model's endpoint answered HTTP " + response.statusCode());
        }
        if (response.statusCode() / 100 != 2) {
            throw new JudgeUnavailableException("the model's endpoint answered HTTP " + response.statusCode());
        }
        return JudgePrompt.evidence(question.rubric(), answer, content(response.body()));
    }

    String requestBody(QuestionContent question, String answer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model);
        body.put("temperature", 0);
        body.put("messages", List.of(
                Map.of("role", "system", "content", JudgePrompt.INSTRUCTIONS),
                Map.of("role", "user", "content", JudgePrompt.userMessage(question, answer))));
        body.put("response_format", Map.of("type", "json_schema", "json_schema",
                Map.of("name", "rubric_judgement", "strict", true, "schema", schema())));
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }

    private static Map<String, Object> schema() {
        Map<String, Object> criterion = Map.of("type", "object", "additionalProperties", false,
                "required", List.of("criterion", "score", "evidence"),
                "properties", Map.of(
                        "criterion", Map.of("type", "string"),
                        "score", Map.of("type", "number", "minimum", 0, "maximum", 1),
                        "evidence", Map.of("type", "array", "items", Map.of("type", "string"))));
        return Map.of("type", "object", "additionalProperties", false, "required", List.of("criteria"),
                "properties", Map.of("criteria", Map.of("type", "array", "items", criterion)));
    }

    private static JsonNode content(String responseBody) {
        try {
            JsonNode message = JSON.readTree(responseBody).path("choices").path(0).path("message");
            if (message.hasNonNull("refusal")) {
                throw new JudgeUnavailableException("the model refused: " + message.get("refusal").asText());
            }
            String content = message.path("content").asText(null);
            if (content == null) {
                throw new JudgeUnavailableException("the model's answer has no message content");
            }
            return JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new JudgeUnavailableException("the model's answer is not JSON", e);
        }
    }
}
