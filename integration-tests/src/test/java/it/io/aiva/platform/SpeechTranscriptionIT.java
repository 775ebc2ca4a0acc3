package it.io.aiva.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

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
 * With Google Speech configured, a spoken answer whose recording is in Cloud Storage is scored on
 * the speech service's transcript, with its pauses measured, through the production adapter against
 * a local stand-in answering as Speech-to-Text v1's REST reference documents; one whose recording
 * is not keeps the browser's transcript, and the scorecard says which words were scored.
 */
@ExtendWith(Platform.class)
class SpeechTranscriptionIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String START = "/v1/speech:longrunningrecognize";
    private static final String OPERATION = "5123487701936220412";
    private static final String QUESTION = """
            {"type":"technical","competency":"backend","difficulty":2,"language":"en","title":"%s",
             "prompt":"Why would you cache a slow lookup?","referenceAnswer":"Repeated reads become fast; data may be stale.",
             "rubric":[{"criterion":"Names the benefit","weight":1,"good":"Faster repeated reads.","poor":"No benefit."}]}""";
    private static final String RECORDING = "gs://aiva-it-recordings/speech/answer-1.webm";

    private static WireMockServer google;

    @BeforeAll
    static void startGoogle() {
        google = VendorStub.started();
    }

    @AfterAll
    static void stopGoogle() {
        google.stop();
    }

    @Test
    void aStoredRecordingIsScoredOnTheSpeechServicesTranscriptAndTheBrowsersIsKeptOtherwise(LocalStack platform)
            throws Exception {
        String admin = TestCompany.onboard(platform, "speech").adminToken(platform);
        String first = ApiCall.post(platform, "/v1/questions", QUESTION.formatted("Cache one")).token(admin).send().json()
                .get("id").asText();
        String second = ApiCall.post(platform, "/v1/questions", QUESTION.formatted("Cache two")).token(admin).send().json()
                .get("id").asText();
        String template = ApiCall.post(platform, "/v1/templates", """
                {"name":"Spoken","language":"en","answerModes":["voice"],"sections":[{"title":"Cache","questionIds":["%s","%s"]}]}"""
                .formatted(first, second)).token(admin).send().json().get("id").asText();
        google.stubFor(post(urlPathEqualTo(START)).willReturn(json("""
                {"name":"%s","metadata":{"@type":"type.googleapis.com/google.cloud.speech.v1.LongRunningRecognizeMetadata",
                 "progressPercent":0,"startTime":"2026-11-29T10:21:22.013650Z","uri":"%s"}}""".formatted(OPERATION, RECORDING))));
        google.stubFor(get(urlPathEqualTo("/v1/operations/" + OPERATION)).willReturn(json("""
                {"name":"%s","done":true,
                 "metadata":{"@type":"type.googleapis.com/google.cloud.speech.v1.LongRunningRecognizeMetadata","progressPercent":100},
                 "response":{"@type":"type.googleapis.com/google.cloud.speech.v1.LongRunningRecognizeResponse",
                  "results":[{"alternatives":[{"transcript":"Repeated reads become fast","confidence":0.92,
                    "words":[{"startTime":"0.500s","endTime":"1.000s","word":"Repeated"},
                             {"startTime":"1.000s","endTime":"1.400s","word":"reads"},
                             {"startTime":"2.400s","endTime":"2.800s","word":"become"},
                             {"startTime":"2.800s","endTime":"3.300s","word":"fast"}]}],
                   "resultEndTime":"3.500s","languageCode":"en-us"}],
                  "totalBilledTime":"4s"}}""".formatted(OPERATION))));

        String assignment = spokenInterview(platform, admin, template);

        JsonNode scorecard = await().atMost(Duration.ofSeconds(60)).until(() -> ApiCall.get(platform,
                "/v1/assignments/" + assignment + "/scorecard").token(admin).send().json(), read -> read.get("status").asText()
                        .equals("ready"));
        JsonNode transcribed = scorecard.get("questions").get(0);
        assertThat(transcribed.get("transcriptSource").asText()).isEqualTo("speech_service");
        assertThat(transcribed.get("communication").get("words").asInt()).as("the service's four words").isEqualTo(4);
        assertThat(transcribed.get("communication").get("pauseRatio").asDouble()).isCloseTo(1.0 / 2.8, within(1e-9));
        assertThat(transcribed.get("criteria").get(0).get("evidence").asText()).isEqualTo("Repeated reads become fast");
        assertThat(transcribed.has("note")).isFalse();
        JsonNode browser = scorecard.get("questions").get(1);
        assertThat(browser.get("transcriptSource").asText()).isEqualTo("candidate_browser");
        assertThat(browser.get("note").asText()).contains("not in Cloud Storage");
        assertThat(browser.get("communication").has("pauseRatio")).isFalse();
        JsonNode asked = JSON.readTree(google.findAll(postRequestedFor(urlPathEqualTo(START))).get(0).getBodyAsString());
        assertThat(asked.at("/audio/uri").asText()).isEqualTo(RECORDING);
        assertThat(asked.at("/config/languageCode").asText()).isEqualTo("en-US");
        assertThat(asked.at("/config/enableWordTimeOffsets").asBoolean()).isTrue();
        google.verify(1, postRequestedFor(urlPathEqualTo(START)));
    }

    /** Both questions answered by voice, the first with its recording in Cloud Storage, the second kept elsewhere. */
    private static String spokenInterview(LocalStack platform, String admin, String template) throws Exception {
        JsonNode assigned = AssignmentsIT.assign(platform, admin, AssignmentsIT.candidate(platform, admin), template);
        JsonNode state = InterviewSessionIT.launch(platform, assigned).json();
        String session = state.get("sessionToken").asText();
        JsonNode current = InterviewSessionIT.call(platform, session, "POST", "/session/consent", "{\"aiNoticeVersion\":\""
                + state.get("state").get("aiNotice").get("version").asText() + "\",\"recordingConsent\":true}").json()
                .get("currentQuestion");
        String[] recordings = {RECORDING, "local/speech/answer-2.webm"};
        for (int i = 0; current != null; i++) {
            String body = "{\"mode\":\"voice\",\"transcript\":\"the browser heard reeds become fast\",\"mediaRef\":\"" + recordings[i]
                    + "\",\"startedAt\":\"" + Instant.now() + "\",\"durationMs\":4000}";
            ApiCall.Answer stored = InterviewSessionIT.call(platform, session, "PUT",
                    "/session/questions/" + current.get("id").asText() + "/answers/1", body);
            assertThat(stored.status()).as(stored.body()).isEqualTo(201);
            current = stored.json().get("currentQuestion");
        }
        assertThat(InterviewSessionIT.call(platform, session, "POST", "/session/complete", null).status()).isEqualTo(200);
        return assigned.get("assignment").get("id").asText();
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
