package io.aiva.core.analysis;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.genai.Client;
import com.google.genai.errors.ApiException;
import com.google.genai.errors.GenAiIOException;
import com.google.genai.types.Content;
import com.google.genai.types.FinishReason;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import com.google.genai.types.Part;
import com.google.genai.types.Schema;
import com.google.genai.types.Type;

import io.aiva.core.question.QuestionContent;

/**
 * A judge that asks a Gemini model through Google's Gen AI SDK (the Gemini Developer API with an
 * API key), asking for JSON in the judgement's schema ({@code responseMimeType} and
 * {@code responseSchema}) and accepting the reply only after {@link JudgePrompt}'s checks. The SDK's
 * own retries are off: retrying is the caller's decision, made once for every model provider.
 */
public final class GeminiJudge implements RubricJudge, AutoCloseable {

    public static final String PROVIDER = "gemini";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema JUDGEMENT = Schema.builder().type(Type.Known.OBJECT).required("criteria")
            .properties(Map.of("criteria", Schema.builder().type(Type.Known.ARRAY).items(Schema.builder()
                    .type(Type.Known.OBJECT).required("criterion", "score", "evidence").propertyOrdering("criterion", "score", "evidence")
                    .properties(Map.of(
                            "criterion", Schema.builder().type(Type.Known.STRING).build(),
                            "score", Schema.builder().type(Type.Known.NUMBER).minimum(0.0).maximum(1.0).build(),
                            "evidence", Schema.builder().type(Type.Known.ARRAY).items(Schema.builder().type(Type.Known.STRING).build())
                                    .build()))
                    .build()).build()))
            .build();

    private final Client client;
    private final String model;
    private final Duration timeout;
    private final GenerateContentConfig config;

    /**
     * @param baseUrl the API's base when not Google's own ({@code https://generativelanguage.googleapis.com}),
     *                such as a regional gateway; null for Google's
     */
    public GeminiJudge(String baseUrl, String apiKey, String model, Duration timeout) {
        HttpOptions.Builder http = HttpOptions.builder().timeout(Math.toIntExact(timeout.toMillis()))
                .retryOptions(HttpRetryOptions.builder().attempts(1));
        if (baseUrl != null && !baseUrl.isBlank()) {
            http.baseUrl(baseUrl);
        }
        this.client = Client.builder().vertexAI(false).apiKey(apiKey).httpOptions(http.build()).build();
        this.model = model;
        this.timeout = timeout;
        this.config = GenerateContentConfig.builder()
                .systemInstruction(Content.fromParts(Part.fromText(JudgePrompt.INSTRUCTIONS)))
                .temperature(0f).candidateCount(1)
                .responseMimeType("application/json").responseSchema(JUDGEMENT)
                .build();
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
        GenerateContentResponse response;
        try {
            response = client.models.generateContent(model, JudgePrompt.userMessage(question, answer), config);
        } catch (ApiException e) {
            String reason = "the Gemini API answered HTTP " + e.code() + (e.status() == null ? "" : " " + e.status());
            throw e.code() == 429 || e.code() / 100 == 5 ? new ModelBusyException(reason, e) : new JudgeUnavailableException(reason, e);
        } catch (GenAiIOException e) {
            throw new ModelBusyException("the model could not be reached or gave no answer within " + timeout.toSeconds() + " s", e);
        }
        response.promptFeedback().flatMap(feedback -> feedback.blockReason()).ifPresent(reason -> {
            throw new JudgeUnavailableException("the model refused the request (" + reason + ")");
        });
        FinishReason finish = response.finishReason();
        if (finish.knownEnum() != FinishReason.Known.STOP) {
            throw new JudgeUnavailableException("the model stopped without a complete judgement (" + finish + ")");
        }
        return JudgePrompt.evidence(question.rubric(), answer, judgement(response.text()));
    }

    private static JsonNode judgement(String text) {
        if (text == null || text.isBlank()) {
            throw new JudgeUnavailableException("the model's answer has no text");
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new JudgeUnavailableException("the model's answer is not JSON", e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
