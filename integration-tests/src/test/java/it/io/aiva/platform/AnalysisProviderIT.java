package it.io.aiva.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.aiva.localstack.LocalStack;

/**
 * A company that chooses one of the deployment's models (OpenAI-compatible or Gemini) gets its
 * interviews judged by it, through the production adapters, against a local stand-in answering as
 * the vendors' APIs document; a busy model is asked again, and when the model keeps failing the
 * built-in scorer takes over and the scorecard says so.
 */
@ExtendWith(Platform.class)
class AnalysisProviderIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUBRIC_QUESTION = """
            {"type":"technical","competency":"backend","difficulty":2,"language":"en","title":"%1$s",
             "prompt":"Why would you cache a slow lookup? (%1$s)","referenceAnswer":"To serve repeated reads faster.",
             "rubric":[{"criterion":"Names the benefit","weight":2,"good":"Faster repeated reads.","poor":"No benefit named."},
                       {"criterion":"Names a risk","weight":1,"good":"Stale data.","poor":"No risk named."}]}""";
    private static final String GEMINI = "/v1/models/gemini-stub:generateContent";
    private static final String GOOD_ANSWER = "Repeated reads get much faster. The risk is stale data.";

    private static WireMockServer model;

    /** A new company, its admin's token and a template of two questions with a known rubric. */
    private record Company(String admin, String template) {

        static Company onboard(LocalStack platform, String prefix) throws Exception {
            String admin = TestCompany.onboard(platform, prefix).adminToken(platform);
            String first = ApiCall.post(platform, "/v1/questions", RUBRIC_QUESTION.formatted("Caching one")).token(admin).send()
                    .json().get("id").asText();
            String second = ApiCall.post(platform, "/v1/questions", RUBRIC_QUESTION.formatted("Caching two")).token(admin).send()
                    .json().get("id").asText();
            String template = ApiCall.post(platform, "/v1/templates", """
                    {"name":"LLM","language":"en","answerModes":["text"],"sections":[{"title":"Caching","questionIds":["%s","%s"]}]}"""
                    .formatted(first, second)).token(admin).send().json().get("id").asText();
            return new Company(admin, template);
        }
    }

    @BeforeAll
    static void startModel() {
        model = VendorStub.started();
    }

    @AfterAll
    static void stopModel() {
        model.stop();
    }

    @Test
    void aCompanyChoosesAnOfferedProviderAndItsInterviewsAreJudgedByTheModel(LocalStack platform) throws Exception {
        Company company = Company.onboard(platform, "llm");
        String admin = company.admin();
        ApiCall.Answer settings = ApiCall.get(platform, "/v1/company/settings").token(admin).send();
        assertThat(settings.json().get("analysisProvider").asText()).isEqualTo("builtin");
        assertThat(settings.json().get("availableAnalysisProviders").toString()).isEqualTo("[\"builtin\",\"openai\",\"gemini\"]");
        ApiCall.Answer chosen = ApiCall.put(platform, "/v1/company/settings", "{\"analysisProvider\":\"openai\"}").token(admin)
                .header("If-Match", settings.header("ETag")).send();
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        assertThat(ApiCall.put(platform, "/v1/company/settings", "{\"analysisProvider\":\"openai\"}").token(admin)
                .header("If-Match", settings.header("ETag")).send().status()).as("a stale ETag").isEqualTo(412);
        ApiCall.Answer unknown = ApiCall.put(platform, "/v1/company/settings", "{\"analysisProvider\":\"watson\"}").token(admin).send();
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("/analysisProvider");
        assertThat(ApiCall.put(platform, "/v1/company/settings", "{}").token(admin).send().status()).isEqualTo(400);
        model.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(judging("""
                {"criteria":[{"criterion":"Names the benefit","score":0.9,"evidence":["Repeated reads get much faster."]},
                             {"criterion":"Names a risk","score":0.6,"evidence":["The risk is stale data.", "It is magic."]}]}""")));

        String assignment = InterviewSessionIT.completedInterview(platform, admin, company.template(), GOOD_ANSWER);

        JsonNode scorecard = awaitScorecard(platform, admin, assignment);
        assertThat(scorecard.get("provider").asText()).isEqualTo("openai");
        assertThat(scorecard.get("model").asText()).isEqualTo("gpt-stub");
        assertThat(scorecard.get("method").asText()).startsWith("openai/1");
        JsonNode question = scorecard.get("questions").get(0);
        assertThat(question.get("criteria").get(0).get("evidence").asText()).isEqualTo("Repeated reads get much faster.");
        assertThat(question.get("criteria").get(1).get("evidence").asText()).as("an invented quote is dropped")
                .isEqualTo("The risk is stale data.");
        assertThat(question.get("score").asDouble()).isCloseTo((0.9 * 2 + 0.6) / 3, within(1e-9));
        assertThat(question.has("note")).isFalse();
        model.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-stub")))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", containing(GOOD_ANSWER))));
    }

    @Test
    void aModelThatStaysDownIsAskedThriceAndThenTheBuiltinScorerScoresTheAnswerSayingWhy(LocalStack platform) throws Exception {
        Company company = Company.onboard(platform, "llm-down");
        String admin = company.admin();
        assertThat(ApiCall.get(platform, "/v1/company/settings").token(admin).send().json().get("analysisProvider").asText())
                .as("another company's choice is its own").isEqualTo("builtin");
        assertThat(ApiCall.put(platform, "/v1/company/settings", "{\"analysisProvider\":\"openai\"}").token(admin).send().status())
                .isEqualTo(200);
        // Down for the first question only: few enough failures that the provider's circuit stays closed for other tests.
        model.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("model is down"))
                .withRequestBody(containing("Caching one")).willReturn(aResponse().withStatus(503)));
        model.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("model is down"))
                .withRequestBody(containing("Caching two")).willReturn(judging("""
                        {"criteria":[{"criterion":"Names the benefit","score":0.5,"evidence":["caching is faster."]},
                                     {"criterion":"Names a risk","score":0,"evidence":[]}]}""")));

        String assignment = InterviewSessionIT.completedInterview(platform, admin, company.template(),
                "The model is down; caching is faster.");

        JsonNode scorecard = awaitScorecard(platform, admin, assignment);
        JsonNode fellBack = scorecard.get("questions").get(0);
        assertThat(fellBack.get("note").asText()).contains("could not judge", "HTTP 503", "built-in scorer");
        assertThat(fellBack.get("referenceCoverage").asDouble()).isPositive();
        assertThat(scorecard.get("questions").get(1).has("note")).as("the model judged the other answer").isFalse();
        model.verify(3, postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("model is down"))
                .withRequestBody(containing("Caching one")));
    }

    @Test
    void aGeminiModelThatIsRateLimitedIsAskedAgainAndJudgesTheInterview(LocalStack platform) throws Exception {
        Company company = Company.onboard(platform, "gemini");
        assertThat(ApiCall.put(platform, "/v1/company/settings", "{\"analysisProvider\":\"gemini\"}").token(company.admin()).send()
                .status()).isEqualTo(200);
        model.stubFor(post(urlEqualTo(GEMINI)).inScenario("quota").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED"}}"""))
                .willSetStateTo("quota restored"));
        model.stubFor(post(urlEqualTo(GEMINI)).inScenario("quota").whenScenarioStateIs("quota restored")
                .willReturn(generated("""
                        {"criteria":[{"criterion":"Names the benefit","score":0.8,"evidence":["Repeated reads get much faster."]},
                                     {"criterion":"Names a risk","score":0.4,"evidence":["The risk is stale data."]}]}""")));

        String assignment = InterviewSessionIT.completedInterview(platform, company.admin(), company.template(), GOOD_ANSWER);

        JsonNode scorecard = awaitScorecard(platform, company.admin(), assignment);
        assertThat(scorecard.get("provider").asText()).isEqualTo("gemini");
        assertThat(scorecard.get("model").asText()).isEqualTo("gemini-stub");
        assertThat(scorecard.get("method").asText()).startsWith("gemini/1").contains("rubric-judge/1");
        assertThat(scorecard.get("questions")).allSatisfy(question -> {
            assertThat(question.has("note")).as("judged by the model, not by the fallback").isFalse();
            assertThat(question.get("score").asDouble()).isCloseTo((0.8 * 2 + 0.4) / 3, within(1e-9));
        });
        model.verify(3, postRequestedFor(urlEqualTo(GEMINI)).withHeader("x-goog-api-key", equalTo("gemini-stub-key"))
                .withRequestBody(matchingJsonPath("$.generationConfig.responseMimeType", equalTo("application/json"))));
    }

    private static JsonNode awaitScorecard(LocalStack platform, String admin, String assignment) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> ApiCall.get(platform, "/v1/assignments/" + assignment + "/scorecard")
                .token(admin).send().json(), read -> read.get("status").asText().equals("ready"));
    }

    /** A generateContent response as the Gemini API documents it, whose one candidate's text is the judgement. */
    private static ResponseDefinitionBuilder generated(String judgement) throws Exception {
        String response = "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":" + JSON.writeValueAsString(judgement)
                + "}],\"role\":\"model\"},\"finishReason\":\"STOP\",\"index\":0}],\"usageMetadata\":{\"promptTokenCount\":300,"
                + "\"candidatesTokenCount\":50,\"totalTokenCount\":350},\"modelVersion\":\"gemini-stub\"}";
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(response);
    }

    /** A chat completion as the API documents it, whose message content is the judgement. */
    private static ResponseDefinitionBuilder judging(String judgement) throws Exception {
        String completion = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1764400000,\"model\":\"gpt-stub\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + JSON.writeValueAsString(judgement)
                + ",\"refusal\":null},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":300,\"completion_tokens\":50,"
                + "\"total_tokens\":350}}";
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(completion);
    }
}
