package io.aiva.core.code;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.aiva.core.code.TestOutcome.Verdict;
import io.aiva.core.question.CodeTest;
import io.aiva.core.question.CodingTask;

/** The Judge0 runner against a local HTTP stand-in answering as the Judge0 CE API documents. */
class Judge0CodeRunnerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CodingTask TASK = new CodingTask(2, 128, Map.of(), List.of(
            new CodeTest("sample", "1 2\n", "3\n", false),
            new CodeTest("negative", "-1 -2\n", "-3\n", false),
            new CodeTest("large", "1000000000 1000000000\n", "2000000000\n", true)), Map.of());
    private static final String CODE = "# somme de deux entiers — « a + b »\na, b = map(int, input().split())\nprint(a + b)\n";
    private static final String ALL_TOKENS = "t-1,t-2,t-3";

    private static WireMockServer judge0;
    private final SteppingClock clock = new SteppingClock();
    private final List<Duration> pauses = new ArrayList<>();
    private Judge0Settings settings;

    @BeforeAll
    static void start() {
        judge0 = new WireMockServer(options().dynamicPort());
        judge0.start();
    }

    @AfterAll
    static void stop() {
        judge0.stop();
    }

    @BeforeEach
    void reset() {
        judge0.resetAll();
        settings = Judge0Settings.selfHosted(judge0.baseUrl() + "/", null, null)
                .withPolling(Duration.ofSeconds(1), Duration.ofSeconds(5));
    }

    @Test
    void runsEveryTestInOneBatchAndScoresTheShareOfTestsPassed() {
        creating("t-1", "t-2", "t-3");
        answering(ALL_TOKENS, accepted("t-1", "3\n"), accepted("t-2", "-3\n"), accepted("t-3", "2000000000\n"));

        CodeRun run = runner(settings).run(CODE, "python", TASK);

        assertThat(run.tests()).extracting(TestOutcome::name).containsExactly("sample", "negative", "large");
        assertThat(run.tests()).extracting(TestOutcome::hidden).containsExactly(false, false, true);
        assertThat(run.tests()).allSatisfy(test -> assertThat(test.passed()).isTrue());
        assertThat(run.tests().get(1).stdout()).isEqualTo("-3\n");
        assertThat(run.tests().get(1).status()).isEqualTo("Accepted");
        assertThat(run.tests().get(1).timeSeconds()).isEqualTo(0.012);
        assertThat(run.tests().get(1).memoryKb()).isEqualTo(3584);
        assertThat(run.passedVisible()).isEqualTo(2);
        assertThat(run.passedHidden()).isEqualTo(1);
        assertThat(run.score()).isEqualTo(1.0);
        judge0.verify(1, postRequestedFor(urlPathEqualTo("/submissions/batch")));
        judge0.verify(1, getRequestedFor(urlPathEqualTo("/submissions/batch")));
        assertThat(pauses).as("nothing was left to wait for").isEmpty();
    }

    @Test
    void sendsTheProgramInputsExpectedOutputsAndLimitsBase64Encoded() throws Exception {
        creating("t-1", "t-2", "t-3");
        answering(ALL_TOKENS, accepted("t-1", "3\n"), accepted("t-2", "-3\n"), accepted("t-3", "2000000000\n"));

        runner(settings).run(CODE, "python", TASK);

        var created = judge0.findAll(postRequestedFor(urlPathEqualTo("/submissions/batch"))
                .withQueryParam("base64_encoded", equalTo("true")).withHeader("Content-Type", equalTo("application/json")));
        assertThat(created).hasSize(1);
        JsonNode submissions = JSON.readTree(created.get(0).getBodyAsString()).path("submissions");
        assertThat(submissions).hasSize(3);
        for (int i = 0; i < 3; i++) {
            JsonNode submission = submissions.get(i);
            CodeTest test = TASK.tests().get(i);
            assertThat(decoded(submission.path("source_code"))).isEqualTo(CODE);
            assertThat(decoded(submission.path("stdin"))).isEqualTo(test.stdin());
            assertThat(decoded(submission.path("expected_output"))).isEqualTo(test.expectedOutput());
            assertThat(submission.path("language_id").asInt()).isEqualTo(71);
            assertThat(submission.path("cpu_time_limit").asInt()).isEqualTo(2);
            assertThat(submission.path("wall_time_limit").asInt()).isEqualTo(7);
            assertThat(submission.path("memory_limit").asInt()).as("128 MB in kilobytes").isEqualTo(131_072);
        }
        judge0.verify(getRequestedFor(urlPathEqualTo("/submissions/batch"))
                .withQueryParam("tokens", equalTo(ALL_TOKENS))
                .withQueryParam("base64_encoded", equalTo("true"))
                .withQueryParam("fields", equalTo("token,status,stdout,stderr,compile_output,message,time,memory")));
    }

    @Test
    void aWrongAnswerOnAHiddenTestFailsItAndKeepsNoneOfItsOutput() {
        creating("t-1", "t-2", "t-3");
        answering(ALL_TOKENS, accepted("t-1", "3\n"), accepted("t-2", "-3\n"),
                result("t-3", 4, "Wrong Answer", "-1294967296\n").put("stderr", ruby64("overflow in 1000000000 + 1000000000")));

        CodeRun run = runner(settings).run(CODE, "python", TASK);

        TestOutcome large = run.tests().get(2);
        assertThat(large.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
        assertThat(large.status()).isEqualTo("Wrong Answer");
        assertThat(large.passed()).isFalse();
        assertThat(large.stdout()).isNull();
        assertThat(large.stderr()).isNull();
        assertThat(run.toString()).doesNotContain("1294967296").doesNotContain("overflow");
        assertThat(run.passedVisible()).isEqualTo(2);
        assertThat(run.passedHidden()).isZero();
        assertThat(run.score()).isEqualTo(2.0 / 3);
    }

    @Test
    void aProgramThatDoesNotCompileIsAResultWithTheCompilerOutputOnVisibleTestsOnly() {
        String compilerSays = "Main.java:3: error: ';' expected\n        int sum = a + b\n                       ^\n1 error\n";
        creating("t-1", "t-2", "t-3");
        answering(ALL_TOKENS, notCompiled("t-1", compilerSays), notCompiled("t-2", compilerSays), notCompiled("t-3", compilerSays));

        CodeRun run = runner(settings).run("public class Main { }", "java", TASK);

        assertThat(run.tests()).extracting(TestOutcome::verdict).containsOnly(Verdict.COMPILATION_ERROR);
        assertThat(run.tests().get(0).compileOutput()).isEqualTo(compilerSays);
        assertThat(run.tests().get(0).status()).isEqualTo("Compilation Error");
        assertThat(run.tests().get(0).timeSeconds()).as("nothing ran").isNull();
        assertThat(run.tests().get(2).compileOutput()).isNull();
        assertThat(run.score()).isZero();
    }

    @Test
    void aProgramTooSlowOrCrashingFailsThatTestOnly() {
        creating("t-1", "t-2", "t-3");
        answering(ALL_TOKENS, accepted("t-1", "3\n"),
                result("t-2", 11, "Runtime Error (NZEC)", null).put("message", ruby64("Exited with error status 1")),
                result("t-3", 5, "Time Limit Exceeded", null).put("time", "2.103"));

        CodeRun run = runner(settings).run(CODE, "python", TASK);

        assertThat(run.tests()).extracting(TestOutcome::verdict)
                .containsExactly(Verdict.ACCEPTED, Verdict.RUNTIME_ERROR, Verdict.TIME_LIMIT_EXCEEDED);
        assertThat(run.tests().get(1).message()).isEqualTo("Exited with error status 1");
        assertThat(run.tests().get(2).status()).isEqualTo("Time Limit Exceeded");
        assertThat(run.tests().get(2).timeSeconds()).isEqualTo(2.103);
        assertThat(run.passed()).isEqualTo(1);
    }

    @Test
    void waitsWhileTestsAreInQueueOrProcessingAndReadsAgainOnlyThoseNotFinished() {
        creating("t-1", "t-2", "t-3");
        judge0.stubFor(resultsOf(ALL_TOKENS).inScenario("polls").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("running").willReturn(batch(queued("t-1"), queued("t-2"), queued("t-3"))));
        judge0.stubFor(resultsOf(ALL_TOKENS).inScenario("polls").whenScenarioStateIs("running")
                .willReturn(batch(accepted("t-1", "3\n"), processing("t-2"), accepted("t-3", "2000000000\n"))));
        answering("t-2", accepted("t-2", "-3\n"));

        CodeRun run = runner(settings).run(CODE, "python", TASK);

        assertThat(run.score()).isEqualTo(1.0);
        assertThat(run.tests().get(1).stdout()).isEqualTo("-3\n");
        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        judge0.verify(2, getRequestedFor(urlPathEqualTo("/submissions/batch")).withQueryParam("tokens", equalTo(ALL_TOKENS)));
        judge0.verify(1, getRequestedFor(urlPathEqualTo("/submissions/batch")).withQueryParam("tokens", equalTo("t-2")));
    }

    @Test
    void givesUpWhenTestsAreStillRunningAtTheDeadline() {
        creating("t-1", "t-2", "t-3");
        answering(ALL_TOKENS, accepted("t-1", "3\n"), processing("t-2"), queued("t-3"));
        answering("t-2,t-3", processing("t-2"), queued("t-3"));

        assertThatThrownBy(() -> runner(settings).run(CODE, "python", TASK))
                .isInstanceOf(CodeRunnerUnavailableException.class)
                .hasMessage("Judge0 had not finished 2 of 3 tests after 5 s");
        assertThat(pauses).hasSize(5);
    }

    @Test
    void testsBeyondTheBatchSizeGoInSeveralBatches() throws Exception {
        judge0.stubFor(post(urlPathEqualTo("/submissions/batch")).inScenario("batches").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("second").willReturn(json(201, "[{\"token\":\"t-1\"},{\"token\":\"t-2\"}]")));
        judge0.stubFor(post(urlPathEqualTo("/submissions/batch")).inScenario("batches").whenScenarioStateIs("second")
                .willReturn(json(201, "[{\"token\":\"t-3\"}]")));
        answering("t-1,t-2", accepted("t-1", "3\n"), result("t-2", 4, "Wrong Answer", "3\n"));
        answering("t-3", accepted("t-3", "2000000000\n"));

        CodeRun run = runner(settings.withMaxBatchSize(2)).run(CODE, "python", TASK);

        assertThat(run.tests()).extracting(TestOutcome::verdict)
                .containsExactly(Verdict.ACCEPTED, Verdict.WRONG_ANSWER, Verdict.ACCEPTED);
        var created = judge0.findAll(postRequestedFor(urlPathEqualTo("/submissions/batch")));
        assertThat(created).extracting(request -> submissionCount(request.getBodyAsString())).containsExactly(2, 1);
    }

    @Test
    void sendsTheRapidApiKeyAndHostWithEveryRequest() {
        creating("t-1", "t-2", "t-3");
        answering(ALL_TOKENS, accepted("t-1", "3\n"), accepted("t-2", "-3\n"), accepted("t-3", "2000000000\n"));

        runner(Judge0Settings.rapidApi(judge0.baseUrl(), Judge0Settings.RAPIDAPI_HOST, "rapid-key")
                .withPolling(Duration.ZERO, Duration.ofSeconds(5))).run(CODE, "python", TASK);

        judge0.verify(postRequestedFor(urlPathEqualTo("/submissions/batch"))
                .withHeader("X-RapidAPI-Key", equalTo("rapid-key"))
                .withHeader("X-RapidAPI-Host", equalTo("judge0-ce.p.rapidapi.com"))
                .withoutHeader("X-Auth-Token"));
        judge0.verify(getRequestedFor(urlPathEqualTo("/submissions/batch"))
                .withHeader("X-RapidAPI-Key", equalTo("rapid-key"))
                .withHeader("X-RapidAPI-Host", equalTo("judge0-ce.p.rapidapi.com")));
    }

    @Test
    void sendsASelfHostedInstancesTokenUnderItsAuthenticationHeader() {
        creating("t-1", "t-2", "t-3");
        answering(ALL_TOKENS, accepted("t-1", "3\n"), accepted("t-2", "-3\n"), accepted("t-3", "2000000000\n"));

        runner(Judge0Settings.selfHosted(judge0.baseUrl(), " ", "secret-token")).run(CODE, "python", TASK);
        judge0.verify(1, postRequestedFor(urlPathEqualTo("/submissions/batch")).withHeader("X-Auth-Token", equalTo("secret-token")));
        judge0.verify(1, getRequestedFor(urlPathEqualTo("/submissions/batch")).withHeader("X-Auth-Token", equalTo("secret-token")));

        judge0.resetRequests();
        runner(Judge0Settings.selfHosted(judge0.baseUrl(), "X-Judge0-Token", "other-token")).run(CODE, "python", TASK);
        judge0.verify(1, postRequestedFor(urlPathEqualTo("/submissions/batch")).withHeader("X-Judge0-Token", equalTo("other-token"))
                .withoutHeader("X-Auth-Token"));
        judge0.verify(1, getRequestedFor(urlPathEqualTo("/submissions/batch")).withHeader("X-Judge0-Token", equalTo("other-token")));

        judge0.resetRequests();
        runner(settings).run(CODE, "python", TASK);
        judge0.verify(1, postRequestedFor(urlPathEqualTo("/submissions/batch")).withoutHeader("X-Auth-Token"));
    }

    @Test
    void anOverloadedOrFailingJudge0IsUnavailable() {
        Judge0CodeRunner runner = runner(settings);

        judge0.stubFor(post(urlPathEqualTo("/submissions/batch")).willReturn(json(429, "{\"message\":\"Too many requests\"}")));
        assertThatThrownBy(() -> runner.run(CODE, "python", TASK)).isInstanceOf(CodeRunnerUnavailableException.class)
                .hasMessage("Judge0 refused more requests for now (HTTP 429): Too many requests");

        judge0.stubFor(post(urlPathEqualTo("/submissions/batch")).willReturn(json(503, "{\"error\":\"queue is full\"}")));
        assertThatThrownBy(() -> runner.run(CODE, "python", TASK)).isInstanceOf(CodeRunnerUnavailableException.class)
                .hasMessage("Judge0 answered HTTP 503: queue is full");

        judge0.stubFor(post(urlPathEqualTo("/submissions/batch")).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Bad Gateway</body></html>")));
        assertThatThrownBy(() -> runner.run(CODE, "python", TASK)).isInstanceOf(CodeRunnerUnavailableException.class)
                .hasMessage("Judge0 answered HTTP 502");

        creating("t-1", "t-2", "t-3");
        judge0.stubFor(resultsOf(ALL_TOKENS).willReturn(json(200, "{\"submissions\": [{\"token\": \"t-1\", ")));
        assertThatThrownBy(() -> runner.run(CODE, "python", TASK)).isInstanceOf(CodeRunnerUnavailableException.class)
                .hasMessage("Judge0's answer is not JSON");

        judge0.stubFor(resultsOf(ALL_TOKENS).willReturn(json(200, "{\"submissions\": [null, null, null]}")));
        assertThatThrownBy(() -> runner.run(CODE, "python", TASK)).isInstanceOf(CodeRunnerUnavailableException.class)
                .hasMessage("Judge0 no longer knows a submission it accepted");
    }

    @Test
    void aJudge0TooSlowToAnswerOrNotListeningIsUnavailable() throws IOException {
        judge0.stubFor(post(urlPathEqualTo("/submissions/batch")).willReturn(json(201, "[]").withFixedDelay(2_000)));
        assertThatThrownBy(() -> runner(settings.withRequestTimeout(Duration.ofMillis(300))).run(CODE, "python", TASK))
                .isInstanceOf(CodeRunnerUnavailableException.class)
                .hasMessage("Judge0 gave no answer within 0.3 s");

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Judge0Settings nowhere = Judge0Settings.selfHosted("http://127.0.0.1:" + closedPort, null, null);
        assertThatThrownBy(() -> runner(nowhere).run(CODE, "python", TASK))
                .isInstanceOf(CodeRunnerUnavailableException.class)
                .hasMessageStartingWith("Judge0 could not be reached (");
    }

    @Test
    void anInternalErrorOfJudge0IsNoVerdictOnTheProgram() {
        creating("t-1", "t-2", "t-3");
        answering(ALL_TOKENS, accepted("t-1", "3\n"), processing("t-2"), result("t-3", 13, "Internal Error", null)
                .put("message", ruby64("No such file or directory @ rb_sysopen - /box/script.py")));

        assertThatThrownBy(() -> runner(settings).run(CODE, "python", TASK))
                .isInstanceOf(CodeRunnerUnavailableException.class)
                .hasMessage("Judge0 had an internal error: No such file or directory @ rb_sysopen - /box/script.py");
        assertThat(pauses).as("no waiting for the other tests").isEmpty();
    }

    @Test
    void aSubmissionJudge0RefusesMakesTheRunUnavailableWithJudge0sReason() {
        String refusal = "{\"memory_limit\":[\"must be less than or equal to 512000\"]}";
        judge0.stubFor(post(urlPathEqualTo("/submissions/batch")).willReturn(json(422, "[" + refusal + "," + refusal + "," + refusal + "]")));

        assertThatThrownBy(() -> runner(settings).run(CODE, "python", new CodingTask(2, 1024, Map.of(), TASK.tests(), Map.of())))
                .isInstanceOf(CodeRunnerUnavailableException.class)
                .hasMessage("Judge0 refused test 'sample': memory_limit must be less than or equal to 512000");
    }

    @Test
    void aLanguageJudge0IsNotSetUpForIsRefusedBeforeAnyRequestAndTheTableCanBeOverridden() throws Exception {
        assertThatThrownBy(() -> runner(settings).run(CODE, "cobol", TASK))
                .isInstanceOf(CodeRunnerUnavailableException.class)
                .hasMessageStartingWith("Judge0 is not set up to run 'cobol' (only c, cpp, csharp, go, java, javascript");
        assertThatThrownBy(() -> runner(settings).run(CODE, null, TASK)).isInstanceOf(CodeRunnerUnavailableException.class);
        assertThat(judge0.getAllServeEvents()).isEmpty();

        creating("t-1", "t-2", "t-3");
        answering(ALL_TOKENS, accepted("t-1", "3\n"), accepted("t-2", "-3\n"), accepted("t-3", "2000000000\n"));
        runner(settings.withLanguageIds(Map.of("Python", 92))).run(CODE, " PYTHON ", TASK);
        String body = judge0.findAll(postRequestedFor(urlPathEqualTo("/submissions/batch"))).get(0).getBodyAsString();
        assertThat(JSON.readTree(body).path("submissions").findValuesAsText("language_id")).containsOnly("92");
    }

    @Test
    void noCodeOrNoTestsIsTheCallersMistake() {
        assertThatThrownBy(() -> runner(settings).run("  \n", "python", TASK)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> runner(settings).run(CODE, "python", new CodingTask(2, 128, Map.of(), List.of(), Map.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(judge0.getAllServeEvents()).isEmpty();
    }

    @Test
    void keepsAVisibleTestsOutputOnlyUpToTheBound() {
        creating("t-1", "t-2", "t-3");
        answering(ALL_TOKENS, result("t-1", 4, "Wrong Answer", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n"),
                accepted("t-2", "-3\n"), accepted("t-3", "2000000000\n"));

        CodeRun run = runner(settings.withMaxOutputChars(8)).run(CODE, "python", TASK);

        assertThat(run.tests().get(0).stdout()).isEqualTo("1\n2\n3\n4\n…");
        assertThat(run.tests().get(1).stdout()).isEqualTo("-3\n");
    }

    private Judge0CodeRunner runner(Judge0Settings with) {
        return new Judge0CodeRunner(with, clock, interval -> {
            pauses.add(interval);
            clock.advance(interval);
        });
    }

    private static void creating(String... tokens) {
        StringBuilder body = new StringBuilder("[");
        for (String token : tokens) {
            body.append(body.length() > 1 ? "," : "").append("{\"token\":\"").append(token).append("\"}");
        }
        judge0.stubFor(post(urlPathEqualTo("/submissions/batch")).willReturn(json(201, body.append("]").toString())));
    }

    private static void answering(String tokens, ObjectNode... submissions) {
        judge0.stubFor(resultsOf(tokens).willReturn(batch(submissions)));
    }

    private static MappingBuilder resultsOf(String tokens) {
        return get(urlPathEqualTo("/submissions/batch")).withQueryParam("tokens", equalTo(tokens));
    }

    private static ResponseDefinitionBuilder batch(ObjectNode... submissions) {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("submissions").addAll(List.of(submissions));
        return json(200, body.toString());
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
    }

    /** A submission as "Get a Submission Batch" shows it with {@code base64_encoded=true}. */
    private static ObjectNode result(String token, int statusId, String description, String stdout) {
        ObjectNode submission = JSON.createObjectNode();
        submission.put("token", token);
        submission.put("stdout", stdout == null ? null : ruby64(stdout));
        submission.putNull("stderr");
        submission.putNull("compile_output");
        submission.putNull("message");
        submission.put("time", "0.012");
        submission.put("memory", 3584);
        submission.putObject("status").put("id", statusId).put("description", description);
        return submission;
    }

    private static ObjectNode accepted(String token, String stdout) {
        return result(token, 3, "Accepted", stdout);
    }

    private static ObjectNode queued(String token) {
        return result(token, 1, "In Queue", null).putNull("time").putNull("memory");
    }

    private static ObjectNode processing(String token) {
        return result(token, 2, "Processing", null).putNull("time").putNull("memory");
    }

    private static ObjectNode notCompiled(String token, String compilerOutput) {
        return result(token, 6, "Compilation Error", null).put("compile_output", ruby64(compilerOutput))
                .putNull("time").putNull("memory");
    }

    /** Base64 as Judge0 writes it (Ruby's {@code Base64.encode64}): lines of 60 characters, each ended by a newline. */
    private static String ruby64(String text) {
        String encoded = Base64.getMimeEncoder(60, "\n".getBytes(UTF_8)).encodeToString(text.getBytes(UTF_8));
        return encoded.isEmpty() ? "" : encoded + "\n";
    }

    private static String decoded(JsonNode base64) {
        return new String(Base64.getDecoder().decode(base64.asText()), UTF_8);
    }

    private static int submissionCount(String body) {
        try {
            return JSON.readTree(body).path("submissions").size();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A clock that moves only when told, so waiting is counted rather than slept. */
    private static final class SteppingClock extends Clock {
        private Instant now = Instant.parse("2026-11-29T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
