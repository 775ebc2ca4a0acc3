package io.aiva.core.speech;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/**
 * The production adapter, Google's own client over HTTP/JSON, against a local stand-in answering as
 * Speech-to-Text v1's REST reference documents: {@code POST /v1/speech:longrunningrecognize} gives
 * an Operation, {@code GET /v1/operations/{name}} gives it again until it is done.
 */
class GoogleSpeechTranscriberTest {

    private static final String START = "/v1/speech:longrunningrecognize";
    private static final String OPERATION = "7612202767953098924";
    private static final String POLL = "/v1/operations/" + OPERATION;
    private static final String RECORDING = "gs://aiva-recordings/acme/sessions/42/answers/7.webm";
    private static final String METADATA = """
            {"@type": "type.googleapis.com/google.cloud.speech.v1.LongRunningRecognizeMetadata",
             "progressPercent": %d, "startTime": "2026-11-28T10:21:22.013650Z",
             "lastUpdateTime": "2026-11-28T10:21:45.278630Z", "uri": "%s"}""";
    /** The documented sample, two stretches of audio, the second's transcript starting with a space as Google's do. */
    private static final String TWO_RESULTS = """
            {"@type": "type.googleapis.com/google.cloud.speech.v1.LongRunningRecognizeResponse",
             "results": [
               {"alternatives": [{"transcript": "Four score and seven years ago.", "confidence": 0.9,
                                  "words": [{"startTime": "1.300s", "endTime": "1.400s", "word": "Four"},
                                            {"startTime": "1.400s", "endTime": "1.600s", "word": "score"},
                                            {"startTime": "1.600s", "endTime": "1.600s", "word": "and"},
                                            {"startTime": "1.600s", "endTime": "1.900s", "word": "seven"},
                                            {"startTime": "1.900s", "endTime": "2.200s", "word": "years"},
                                            {"startTime": "2.200s", "endTime": "2.500s", "word": "ago."}]}],
                "resultEndTime": "2.600s", "languageCode": "en-us"},
               {"alternatives": [{"transcript": " Our fathers", "confidence": 0.6,
                                  "words": [{"startTime": "3.500s", "endTime": "3.700s", "word": "Our"},
                                            {"startTime": "3.700s", "endTime": "4.100s", "word": "fathers"}]}],
                "resultEndTime": "4.200s", "languageCode": "en-us"}
             ],
             "totalBilledTime": "5s", "requestId": "5468715286"}""";

    private static WireMockServer google;
    private GoogleSpeechTranscriber transcriber;

    @BeforeAll
    static void startGoogle() {
        google = new WireMockServer(options().dynamicPort());
        google.start();
    }

    @AfterAll
    static void stopGoogle() {
        google.stop();
    }

    @BeforeEach
    void reset() {
        google.resetAll();
        transcriber = new GoogleSpeechTranscriber(stub(google.baseUrl()));
    }

    @AfterEach
    void close() {
        transcriber.close();
    }

    /** Plain http to the stand-in, nobody's credentials, polling without pause, and short bounds. */
    private static GoogleSpeechConfig stub(String endpoint) {
        return GoogleSpeechConfig.defaults().withEndpoint(endpoint).withAuthentication(GoogleSpeechConfig.Authentication.none())
                .withRequestTimeout(Duration.ofSeconds(2)).withRetries(2, Duration.ZERO)
                .withPolling(Duration.ZERO, Duration.ofSeconds(5));
    }

    @Test
    void asksForWordTimesAndPunctuationOnTheStoredRecordingWithoutFetchingIt() {
        google.stubFor(start().willReturn(json(done(TWO_RESULTS))));

        Transcript transcript = transcribeTheRecording();

        assertThat(transcript.text()).isEqualTo("Four score and seven years ago. Our fathers");
        google.verify(1, postRequestedFor(urlPathEqualTo(START))
                .withQueryParam("$alt", equalTo("json;enum-encoding=int"))
                .withRequestBody(matchingJsonPath("$.config.encoding", equalTo("9")))
                .withRequestBody(matchingJsonPath("$.config.sampleRateHertz", equalTo("48000")))
                .withRequestBody(matchingJsonPath("$.config.languageCode", equalTo("en-US")))
                .withRequestBody(matchingJsonPath("$.config.enableWordTimeOffsets", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.config.enableAutomaticPunctuation", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.config.model", equalTo("latest_long")))
                .withRequestBody(matchingJsonPath("$.audio.uri", equalTo(RECORDING)))
                .withRequestBody(matchingJsonPath("$.audio.content", absent())));
        google.verify(0, getRequestedFor(urlPathEqualTo(POLL)));
    }

    @Test
    void sendsAudioWeHoldAsBase64ContentWithTheRateOnlyWhereTheFormatNeedsIt() {
        byte[] audio = "OggS fake opus pages".getBytes(StandardCharsets.US_ASCII);
        google.stubFor(start().willReturn(json(done(TWO_RESULTS))));

        transcriber.transcribe(RecordedAudio.held(audio, AudioFormat.of(AudioEncoding.OGG_OPUS, 16_000)), "de-DE");
        transcriber.transcribe(RecordedAudio.held(audio, AudioFormat.of(AudioEncoding.FLAC)), "de-DE");

        google.verify(1, postRequestedFor(urlPathEqualTo(START))
                .withRequestBody(matchingJsonPath("$.config.encoding", equalTo("6")))
                .withRequestBody(matchingJsonPath("$.config.sampleRateHertz", equalTo("16000")))
                .withRequestBody(matchingJsonPath("$.config.languageCode", equalTo("de-DE")))
                .withRequestBody(matchingJsonPath("$.audio.content", equalTo(Base64.getEncoder().encodeToString(audio))))
                .withRequestBody(matchingJsonPath("$.audio.uri", absent())));
        google.verify(1, postRequestedFor(urlPathEqualTo(START))
                .withRequestBody(matchingJsonPath("$.config.encoding", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.config.sampleRateHertz", absent())));
    }

    @Test
    void readsEveryResultsBestAlternativeWithItsWordTimesAndAWeightedConfidence() {
        google.stubFor(start().willReturn(json(done(TWO_RESULTS))));

        Transcript transcript = transcribeTheRecording();

        assertThat(transcript.words()).hasSize(8);
        assertThat(transcript.words().get(0)).isEqualTo(TimedWord.ofMillis("Four", 1300, 1400));
        assertThat(transcript.words().get(2)).as("a word Google gives no length")
                .isEqualTo(TimedWord.ofMillis("and", 1600, 1600));
        assertThat(transcript.words().get(7)).isEqualTo(TimedWord.ofMillis("fathers", 3700, 4100));
        assertThat(transcript.confidence().getAsDouble()).as("six words at 0.9, two at 0.6").isCloseTo(0.825, within(1e-6));
        assertThat(transcript.pauseRatio().getAsDouble()).as("one 1 s silence in 2.8 s of speech")
                .isCloseTo(1.0 / 2.8, within(1e-9));
    }

    @Test
    void pollsTheOperationUntilItIsDone() {
        google.stubFor(start().willReturn(json(operation(0, ""))));
        google.stubFor(get(urlPathEqualTo(POLL)).inScenario("recognition").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(operation(60, ", \"done\": false")))
                .willSetStateTo("finished"));
        google.stubFor(get(urlPathEqualTo(POLL)).inScenario("recognition").whenScenarioStateIs("finished")
                .willReturn(json(done(TWO_RESULTS))));

        Transcript transcript = transcribeTheRecording();

        assertThat(transcript.text()).startsWith("Four score");
        google.verify(1, postRequestedFor(urlPathEqualTo(START)));
        google.verify(2, getRequestedFor(urlPathEqualTo(POLL)));
    }

    @Test
    void aRecordingWithNothingRecognisedGivesAnEmptyTranscript() {
        google.stubFor(start().willReturn(json(done(
                "{\"@type\": \"type.googleapis.com/google.cloud.speech.v1.LongRunningRecognizeResponse\","
                        + " \"totalBilledTime\": \"15s\"}"))));

        Transcript transcript = transcribeTheRecording();

        assertThat(transcript).isEqualTo(Transcript.empty());
        assertThat(transcript.isEmpty()).isTrue();
        assertThat(transcript.pauseRatio()).isEmpty();
    }

    @Test
    void aRecognitionThatFailedIsUnavailableWithGooglesReason() {
        google.stubFor(start().willReturn(json(operation(100, ", \"done\": true, \"error\": {\"code\": 3,"
                + " \"message\": \"Inline audio exceeds duration limit. Please use a GCS URI.\"}"))));

        assertThatThrownBy(this::transcribeTheRecording)
                .isInstanceOf(TranscriptionUnavailableException.class)
                .hasMessage("Google Speech could not transcribe the recording"
                        + " (INVALID_ARGUMENT: Inline audio exceeds duration limit. Please use a GCS URI.)");
    }

    @Test
    void anUnavailableServiceIsRetriedWithinTheBoundThenUnavailable() {
        google.stubFor(start().willReturn(googleError(503, "UNAVAILABLE", "The service is currently unavailable.")));

        assertThatThrownBy(this::transcribeTheRecording)
                .isInstanceOf(TranscriptionUnavailableException.class)
                .hasMessage("Google Speech is unavailable (HTTP 503: The service is currently unavailable.)");
        google.verify(2, postRequestedFor(urlPathEqualTo(START)));
    }

    @Test
    void aQuotaRefusalIsNotRetriedAndIsUnavailable() {
        google.stubFor(start().willReturn(googleError(429, "RESOURCE_EXHAUSTED",
                "Quota exceeded for quota metric 'Requests' and limit 'Requests per minute'.")));

        assertThatThrownBy(this::transcribeTheRecording)
                .isInstanceOf(TranscriptionUnavailableException.class)
                .hasMessageStartingWith("Google Speech refused: quota or rate limit reached (HTTP 429: Quota exceeded");
        google.verify(1, postRequestedFor(urlPathEqualTo(START)));
    }

    @Test
    void anAnswerSlowerThanTheRequestTimeoutIsUnavailable() {
        transcriber.close();
        transcriber = new GoogleSpeechTranscriber(stub(google.baseUrl()).withRequestTimeout(Duration.ofMillis(300)));
        google.stubFor(start().willReturn(json(done(TWO_RESULTS)).withFixedDelay(1_000)));

        assertThatThrownBy(this::transcribeTheRecording)
                .isInstanceOf(TranscriptionUnavailableException.class)
                .hasMessage("Google Speech gave no answer within 300 ms");
    }

    @Test
    void aRecognitionNeverDoneIsGivenUpAtThePollingDeadline() {
        transcriber.close();
        transcriber = new GoogleSpeechTranscriber(stub(google.baseUrl())
                .withPolling(Duration.ofMillis(50), Duration.ofMillis(300)));
        google.stubFor(start().willReturn(json(operation(0, ""))));
        google.stubFor(get(urlPathEqualTo(POLL)).willReturn(json(operation(10, ""))));

        assertThatThrownBy(this::transcribeTheRecording)
                .isInstanceOf(TranscriptionUnavailableException.class)
                .hasMessageContaining("polling deadline");
    }

    @Test
    void anAnswerThatIsNotAnOperationIsUnavailable() {
        google.stubFor(start().willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("<html>Service Unavailable</html>")));

        assertThatThrownBy(this::transcribeTheRecording)
                .isInstanceOf(TranscriptionUnavailableException.class)
                .hasMessageStartingWith("Google Speech answered something that is not an Operation");
    }

    @Test
    void signsInWithAServiceAccountKeyFileAndSendsItsToken(@TempDir Path dir) throws Exception {
        Path key = dir.resolve("speech-key.json");
        Files.writeString(key, serviceAccountKey(google.baseUrl() + "/token"));
        google.stubFor(post(urlPathEqualTo("/token")).willReturn(json(
                "{\"access_token\": \"ya29.local-test-token\", \"expires_in\": 3600, \"token_type\": \"Bearer\"}")));
        google.stubFor(start().willReturn(json(done(TWO_RESULTS))));
        transcriber.close();
        transcriber = new GoogleSpeechTranscriber(stub(google.baseUrl())
                .withAuthentication(GoogleSpeechConfig.Authentication.serviceAccountKey(key)));

        transcribeTheRecording();

        google.verify(1, postRequestedFor(urlPathEqualTo("/token"))
                .withRequestBody(containing("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer")));
        google.verify(1, postRequestedFor(urlPathEqualTo(START))
                .withHeader("Authorization", equalTo("Bearer ya29.local-test-token")));
    }

    @Test
    void aKeyFileThatCannotBeReadIsUnavailableAtOnce(@TempDir Path dir) {
        GoogleSpeechConfig config = stub(google.baseUrl())
                .withAuthentication(GoogleSpeechConfig.Authentication.serviceAccountKey(dir.resolve("missing.json")));

        assertThatThrownBy(() -> new GoogleSpeechTranscriber(config).close())
                .isInstanceOf(TranscriptionUnavailableException.class)
                .hasMessageStartingWith("Google Speech could not be set up");
    }

    @Test
    void aDoneOperationWithNeitherResponseNorErrorIsUnavailable() {
        google.stubFor(start().willReturn(json(operation(100, ", \"done\": true"))));

        assertThatThrownBy(this::transcribeTheRecording)
                .isInstanceOf(TranscriptionUnavailableException.class)
                .hasMessageStartingWith("Google Speech finished without a readable result");
    }

    @Test
    void anEndpointNobodyListensOnIsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        transcriber.close();
        transcriber = new GoogleSpeechTranscriber(stub("http://127.0.0.1:" + closedPort));

        assertThatThrownBy(this::transcribeTheRecording)
                .isInstanceOf(TranscriptionUnavailableException.class)
                .hasMessageStartingWith("Google Speech could not be reached (ConnectException");
    }

    @Test
    void audioTooLargeToSendInlineIsRefusedWithoutARequest() {
        byte[] eightMegabytes = new byte[8_000_000];

        RecordedAudio held = RecordedAudio.held(eightMegabytes, AudioFormat.browserRecording());

        assertThatThrownBy(() -> transcriber.transcribe(held, "en-US"))
                .isInstanceOf(TranscriptionUnavailableException.class)
                .hasMessageContaining("Cloud Storage");
        google.verify(0, postRequestedFor(urlPathEqualTo(START)));
    }

    /** The usual request: the recording in Cloud Storage, as the interview room records it, in American English. */
    private Transcript transcribeTheRecording() {
        return transcriber.transcribe(RecordedAudio.stored(RECORDING, AudioFormat.browserRecording()), "en-US");
    }

    private static MappingBuilder start() {
        return post(urlPathEqualTo(START));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=UTF-8").withBody(body);
    }

    /** An error as Google's REST APIs answer it. */
    private static ResponseDefinitionBuilder googleError(int http, String status, String message) {
        return aResponse().withStatus(http).withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody("{\"error\": {\"code\": " + http + ", \"message\": \"" + message + "\","
                        + " \"status\": \"" + status + "\"}}");
    }

    /** A service account key file as the console issues it, with a key made here and the token endpoint local. */
    private static String serviceAccountKey(String tokenUri) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        return """
                {"type": "service_account", "project_id": "aiva-test", "private_key_id": "0123456789abcdef",
                 "private_key": %s, "client_email": "speech@aiva-test.iam.gserviceaccount.com",
                 "client_id": "100000000000000000001", "token_uri": "%s"}""".formatted(quoted(pem), tokenUri);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\n", "\\n") + "\"";
    }

    private static String metadata(int progressPercent) {
        return METADATA.formatted(progressPercent, RECORDING);
    }

    private static String done(String response) {
        return operation(100, ", \"done\": true, \"response\": " + response);
    }

    /** The Operation with its metadata, then {@code rest}: its {@code done}, {@code response} or {@code error}. */
    private static String operation(int progressPercent, String rest) {
        return "{\"name\": \"" + OPERATION + "\", \"metadata\": " + metadata(progressPercent) + rest + "}";
    }
}
