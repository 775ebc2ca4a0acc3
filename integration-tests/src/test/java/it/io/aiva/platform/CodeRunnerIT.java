package it.io.aiva.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.aiva.localstack.LocalStack;

/**
 * A coding answer is run against its question's visible and hidden tests by the deployment's Judge0,
 * through the production adapter, against a local stand-in answering as Judge0's batch submission
 * API documents; the scorecard shows each test's verdict and scores the share passed.
 */
@ExtendWith(Platform.class)
class CodeRunnerIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CODING_QUESTION = """
            {"type":"coding","competency":"algorithms","difficulty":2,"language":"en","title":"Sum",
             "prompt":"Read integers from standard input and print their sum.","referenceAnswer":"Sum the numbers read.",
             "rubric":[{"criterion":"Reads all the input","weight":1,"good":"Reads every number.","poor":"Reads one line."}],
             "coding":{"timeLimitSeconds":2,"memoryLimitMb":128,"starterCode":{"python":"import sys\\n"},
                       "tests":[{"name":"two numbers","stdin":"1 2","expectedOutput":"3","hidden":false},
                                {"name":"negative numbers","stdin":"-1 -2","expectedOutput":"-3","hidden":true}]}}""";

    private static WireMockServer judge0;

    @BeforeAll
    static void startJudge0() {
        judge0 = VendorStub.started();
    }

    @AfterAll
    static void stopJudge0() {
        judge0.stop();
    }

    @Test
    void theCodeRunsAgainstEveryTestAndTheScorecardShowsEachVerdict(LocalStack platform) throws Exception {
        String admin = TestCompany.onboard(platform, "judge0").adminToken(platform);
        String question = ApiCall.post(platform, "/v1/questions", CODING_QUESTION).token(admin).send().json().get("id").asText();
        String template = ApiCall.post(platform, "/v1/templates", """
                {"name":"Code","language":"en","answerModes":["code"],"sections":[{"title":"Code","questionIds":["%s"]}]}"""
                .formatted(question)).token(admin).send().json().get("id").asText();
        judge0.stubFor(post(urlPathEqualTo("/judge0/submissions/batch")).willReturn(json(201, """
                [{"token":"tok-visible"},{"token":"tok-hidden"}]""")));
        judge0.stubFor(get(urlPathEqualTo("/judge0/submissions/batch")).willReturn(json(200, """
                {"submissions":[
                  {"token":"tok-visible","status":{"id":3,"description":"Accepted"},"stdout":"%s","stderr":null,
                   "compile_output":null,"message":null,"time":"0.012","memory":3400},
                  {"token":"tok-hidden","status":{"id":4,"description":"Wrong Answer"},"stdout":"%s","stderr":null,
                   "compile_output":null,"message":null,"time":"0.011","memory":3396}]}""".formatted(base64("3\n"), base64("42\n")))));

        String assignment = InterviewSessionIT.completedInterview(platform, admin, template, "unused");

        JsonNode scorecard = await().atMost(Duration.ofSeconds(60)).until(() -> ApiCall.get(platform,
                "/v1/assignments/" + assignment + "/scorecard").token(admin).send().json(), read -> read.get("status").asText()
                        .equals("ready"));
        JsonNode coding = scorecard.get("questions").get(0);
        JsonNode tests = coding.get("codeTests");
        assertThat(tests.get("passed").asInt()).isEqualTo(1);
        assertThat(tests.get("total").asInt()).isEqualTo(2);
        assertThat(tests.get("visiblePassed").asInt()).isEqualTo(1);
        assertThat(tests.get("hiddenPassed").asInt()).isZero();
        assertThat(tests.get("tests").get(0).get("name").asText()).isEqualTo("two numbers");
        assertThat(tests.get("tests").get(0).get("verdict").asText()).isEqualTo("accepted");
        assertThat(tests.get("tests").get(1).get("hidden").asBoolean()).isTrue();
        assertThat(tests.get("tests").get(1).get("verdict").asText()).isEqualTo("wrong_answer");
        assertThat(coding.has("note")).isFalse();
        double rubric = coding.get("criteria").get(0).get("score").asDouble();
        double reference = coding.get("referenceCoverage").asDouble();
        assertThat(coding.get("score").asDouble()).isCloseTo(0.7 * 0.5 + 0.3 * (rubric + reference) / 2, within(1e-9));
        JsonNode sent = JSON.readTree(judge0.findAll(postRequestedFor(urlPathEqualTo("/judge0/submissions/batch"))
                .withHeader("X-Auth-Token", equalTo("judge0-stub-token"))).get(0).getBodyAsString());
        assertThat(decoded(sent.get("submissions").get(0).get("source_code"))).isEqualTo("print(42)");
        assertThat(decoded(sent.get("submissions").get(1).get("stdin"))).isEqualTo("-1 -2");
        assertThat(sent.get("submissions").get(0).get("language_id").asInt()).isEqualTo(71);
        assertThat(sent.get("submissions").get(0).get("cpu_time_limit").asDouble()).isEqualTo(2.0);
        assertThat(sent.get("submissions").get(0).get("memory_limit").asInt()).isEqualTo(128 * 1024);
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decoded(JsonNode base64) {
        return new String(Base64.getMimeDecoder().decode(base64.asText()), StandardCharsets.UTF_8);
    }
}
