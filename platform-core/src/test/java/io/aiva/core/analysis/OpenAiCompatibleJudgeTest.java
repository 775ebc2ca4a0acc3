package io.aiva.core.analysis;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.aiva.core.question.QuestionContent;

/** The OpenAI-compatible judge against a local HTTP stand-in answering as the chat-completions API documents. */
class OpenAiCompatibleJudgeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final QuestionContent QUESTION = JudgeFixtures.QUESTION;
    private static final String ANSWER = JudgeFixtures.ANSWER;

    private static WireMockServer model;
    private OpenAiCompatibleJudge judge;

    @BeforeAll
    static void start() {
        model = new WireMockServer(options().dynamicPort());
        model.start();
    }

    @AfterAll
    static void stop() {
        model.stop();
    }

    @BeforeEach
    void reset() {
        model.resetAll();
        judge = new OpenAiCompatibleJudge(model.baseUrl() + "/v1/", "sk-test", "gpt-4o-mini", Duration.ofSeconds(2));
    }

    @Test
    void asksForAStrictSchemaAndMapsTheJudgementWithItsQuotes() throws Exception {
        answering(judgement("""
                {"criteria":[{"criterion":"Names the idempotent methods","score":0.9,"evidence":["PUT and DELETE are idempotent."]},
                             {"criterion":"Explains retries","score":0.0,"evidence":[]}]}"""));

        List<CriterionEvidence> evidence = judge.judge(QUESTION, ANSWER);

        assertThat(evidence).extracting(CriterionEvidence::criterion).containsExactly("Names the idempotent methods", "Explains retries");
        assertThat(evidence.get(0).score()).isEqualTo(0.9);
        assertThat(evidence.get(0).sentences()).containsExactly("PUT and DELETE are idempotent.");
        assertThat(evidence.get(0).weight()).isEqualTo(2);
        assertThat(evidence.get(1).observed()).isFalse();
        model.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer sk-test"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini")))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.strict", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", containing(
                        "<<<ANSWER\n" + ANSWER + "\nANSWER>>>"))));
    }

    @Test
    void aQuoteTheCandidateNeverSaidIsDroppedAndEarnsNothing() throws Exception {
        answering(judgement("""
                {"criteria":[{"criterion":"Names the idempotent methods","score":1,"evidence":["PUT, DELETE and PATCH are idempotent."]},
                             {"criterion":"explains  RETRIES","score":0.8,"evidence":["post   is not."]}]}"""));

        List<CriterionEvidence> evidence = judge.judge(QUESTION, ANSWER);

        assertThat(evidence.get(0).observed()).as("an invented quote").isFalse();
        assertThat(evidence.get(0).score()).isZero();
        assertThat(evidence.get(1).sentences()).as("spacing and case do not matter").containsExactly("post   is not.");
        assertThat(evidence.get(1).score()).isEqualTo(0.8);
    }

    @Test
    void aJudgementThatLeavesOutACriterionOrScoresOutOfRangeIsNoJudgement() throws Exception {
        answering(judgement("{\"criteria\":[{\"criterion\":\"Names the idempotent methods\",\"score\":0.5,\"evidence\":[]}]}"));
        assertThatThrownBy(() -> judge.judge(QUESTION, ANSWER)).isInstanceOf(JudgeUnavailableException.class)
                .hasMessageContaining("Explains retries");

        answering(judgement("""
                {"criteria":[{"criterion":"Names the idempotent methods","score":7,"evidence":[]},
                             {"criterion":"Explains retries","score":0,"evidence":[]}]}"""));
        assertThatThrownBy(() -> judge.judge(QUESTION, ANSWER)).hasMessageContaining("outside 0..1");

        answering(judgement("not json"));
        assertThatThrownBy(() -> judge.judge(QUESTION, ANSWER)).hasMessageContaining("not JSON");
    }

    @Test
    void anEndpointThatFailsRefusesOrIsTooSlowGivesNoJudgement() {
        model.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> judge.judge(QUESTION, ANSWER)).isInstanceOf(ModelBusyException.class)
                .hasMessageContaining("HTTP 503");

        model.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}")));
        assertThatThrownBy(() -> judge.judge(QUESTION, ANSWER)).isInstanceOf(ModelBusyException.class)
                .hasMessageContaining("HTTP 429");

        model.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(400)));
        assertThatThrownBy(() -> judge.judge(QUESTION, ANSWER)).isInstanceOf(JudgeUnavailableException.class)
                .isNotInstanceOf(ModelBusyException.class).hasMessageContaining("HTTP 400");

        model.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":null,"
                        + "\"refusal\":\"I cannot help with that.\"},\"finish_reason\":\"stop\"}]}")));
        assertThatThrownBy(() -> judge.judge(QUESTION, ANSWER)).isNotInstanceOf(ModelBusyException.class)
                .hasMessageContaining("refused");

        model.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200).withFixedDelay(4_000)));
        assertThatThrownBy(() -> judge.judge(QUESTION, ANSWER)).isInstanceOf(ModelBusyException.class)
                .hasMessageContaining("no answer within 2 s");
    }

    private static void answering(String body) {
        model.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    /** A chat completion as the API documents it, whose message content is {@code content}. */
    private static String judgement(String content) throws Exception {
        return JSON.writeValueAsString(JSON.readTree("""
                {"id":"chatcmpl-1","object":"chat.completion","created":1764400000,"model":"gpt-4o-mini",
                 "choices":[{"index":0,"message":{"role":"assistant","content":null,"refusal":null},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":400,"completion_tokens":60,"total_tokens":460}}""")).replace("\"content\":null",
                "\"content\":" + JSON.writeValueAsString(content));
    }
}
