package it.io.aiva.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.aiva.localstack.LocalStack;

/**
 * A scoring job cut short by a crash of its server is run again once the server is back, and the
 * interview is scored exactly once: one scorecard, one {@code scorecard.ready}.
 */
@ExtendWith(Platform.class)
class ScoringRestartIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final String QUESTION = """
            {"type":"technical","competency":"backend","difficulty":2,"language":"en","title":"Restart",
             "prompt":"Why would you cache a slow lookup?","referenceAnswer":"To serve repeated reads faster.",
             "rubric":[{"criterion":"Names the benefit","weight":1,"good":"Faster repeated reads.","poor":"No benefit named."}]}""";

    private static WireMockServer model;

    @BeforeAll
    static void startModel() {
        model = VendorStub.started();
    }

    @AfterAll
    static void stopModel() {
        model.stop();
    }

    @Test
    void aScoringJobCutShortByACrashRunsAgainAfterTheRestartAndScoresTheInterviewOnce(LocalStack platform) throws Exception {
        String admin = TestCompany.onboard(platform, "restart").adminToken(platform);
        String question = ApiCall.post(platform, "/v1/questions", QUESTION).token(admin).send().json().get("id").asText();
        String template = ApiCall.post(platform, "/v1/templates", """
                {"name":"Restart","language":"en","answerModes":["text"],"sections":[{"title":"Cache","questionIds":["%s"]}]}"""
                .formatted(question)).token(admin).send().json().get("id").asText();
        assertThat(ApiCall.put(platform, "/v1/company/settings", "{\"analysisProvider\":\"openai\"}").token(admin).send().status())
                .isEqualTo(200);
        model.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(aResponse().withStatus(200).withFixedDelay(120_000)));

        String assignment = InterviewSessionIT.completedInterview(platform, admin, template, "Repeated reads get faster.");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> model.verify(postRequestedFor(urlEqualTo(COMPLETIONS))));
        platform.crashLiberty();
        try {
            model.resetAll();
            model.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(completion("""
                            {"criteria":[{"criterion":"Names the benefit","score":1,"evidence":["Repeated reads get faster."]}]}"""))));
        } finally {
            platform.startLibertyAgain();
        }

        JsonNode scorecard = await().atMost(Duration.ofSeconds(90)).until(() -> ApiCall.get(platform,
                "/v1/assignments/" + assignment + "/scorecard").token(admin).send().json(), read -> read.get("status").asText()
                        .equals("ready"));
        JsonNode scored = scorecard.get("questions").get(0);
        assertThat(scored.has("note")).as("judged by the model after the restart, not given up on").isFalse();
        assertThat(scored.get("criteria").get(0).get("score").asDouble()).isEqualTo(1.0);
        JsonNode ready = ApiCall.get(platform, "/v1/events?type=scorecard.ready").token(admin).send().json().get("data");
        assertThat(ready.findValuesAsText("subjectId")).containsExactly(assignment);
    }

    /** A chat completion as the API documents it, whose message content is the judgement. */
    private static String completion(String judgement) throws Exception {
        return "{\"id\":\"chatcmpl-2\",\"object\":\"chat.completion\",\"created\":1764400000,\"model\":\"gpt-stub\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + JSON.writeValueAsString(judgement)
                + ",\"refusal\":null},\"finish_reason\":\"stop\"}]}";
    }
}
