package io.aiva.sdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.aiva.sdk.client.FakeAiva.issuesToken;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;

import io.aiva.sdk.model.AnswerMode;
import io.aiva.sdk.model.SelectionRule;
import io.aiva.sdk.model.TemplateSection;
import io.aiva.sdk.model.TemplateWrite;

@WireMockTest
class RequestBodyTest {

    @Test
    void anOptionalListLeftUnsetIsLeftOutOfTheRequest(WireMockRuntimeInfo wm) throws Exception {
        issuesToken("token-1", 300);
        stubFor(post("/api/v1/templates").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        TemplateWrite template = new TemplateWrite().name("Backend").language("en").answerModes(Set.of(AnswerMode.TEXT))
                .sections(List.of(new TemplateSection().title("Picked as the interview goes").rule(new SelectionRule().count(3))));

        FakeAiva.client(wm, new FakeTime()).build().templates().createTemplate(template, null);

        // Strict: any other field, an empty questionIds, competencies or types among them, fails the match.
        verify(postRequestedFor(urlPathEqualTo("/api/v1/templates")).withRequestBody(equalToJson("""
                {"name":"Backend","language":"en","answerModes":["text"],
                 "sections":[{"title":"Picked as the interview goes","rule":{"count":3,"minDifficulty":1,"maxDifficulty":5,"adaptive":false}}]}""",
                false, false)));
    }
}
