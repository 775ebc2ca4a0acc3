package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.aiva.localstack.LocalStack;

/**
 * A candidate takes an interview through the session API alone, from the launch link to completion:
 * consent first, every answer stored before it is acknowledged, a reload finds the same question,
 * links that are altered, used or replaced are refused, and the company sees the interview completed.
 */
@ExtendWith(Platform.class)
class InterviewSessionIT {

    private static String recruiter;
    private static String template;

    @BeforeAll
    static void company(LocalStack platform) throws Exception {
        recruiter = TestCompany.onboard(platform, "session").adminToken(platform);
        String coding = TemplatesIT.firstQuestion(platform, recruiter, "type=coding&language=en");
        template = ApiCall.post(platform, "/v1/templates", TemplatesIT.template("Screen", "en", coding, 2)).token(recruiter)
                .send().json().get("id").asText();
    }

    @Test
    void aCandidateGoesFromTheLaunchLinkToCompletion(LocalStack platform) throws Exception {
        JsonNode assigned = AssignmentsIT.assign(platform, recruiter, AssignmentsIT.candidate(platform, recruiter), template);
        String assignmentId = assigned.get("assignment").get("id").asText();

        ApiCall.Answer launched = launch(platform, assigned);

        assertThat(launched.status()).as(launched.body()).isEqualTo(201);
        String session = launched.json().get("sessionToken").asText();
        JsonNode state = launched.json().get("state");
        assertThat(state.get("status").asText()).isEqualTo("consent_required");
        assertThat(state.has("currentQuestion")).isFalse();
        assertThat(state.get("questionCount").asInt()).isEqualTo(3);
        assertThat(ApiCall.get(platform, "/v1/assignments/" + assignmentId).token(recruiter).send().json().get("status").asText())
                .isEqualTo("started");
        assertThat(call(platform, session, "PUT", "/session/questions/" + java.util.UUID.randomUUID() + "/answers/1",
                text("too early")).status()).as("no question is asked before consent").isEqualTo(404);

        state = call(platform, session, "POST", "/session/consent",
                "{\"aiNoticeVersion\":\"" + state.get("aiNotice").get("version").asText() + "\",\"recordingConsent\":false}")
                .json();
        assertThat(state.get("status").asText()).isEqualTo("in_progress");
        JsonNode first = state.get("currentQuestion");
        assertThat(first.get("type").asText()).isEqualTo("coding");
        assertThat(first.get("answerModes")).extracting(JsonNode::asText).as("code, for a coding question").containsExactly("code");
        assertThat(first.get("visibleTests")).isNotEmpty();
        assertThat(first.toString()).doesNotContain("referenceAnswer", "\"hidden\"");
        assertThat(call(platform, session, "GET", "/session", null).json().get("currentQuestion"))
                .as("a reload shows the same question").isEqualTo(first);

        List<String> asked = new ArrayList<>();
        JsonNode current = first;
        while (current != null) {
            asked.add(current.get("id").asText());
            String body = current.get("type").asText().equals("coding")
                    ? "{\"mode\":\"code\",\"code\":\"print(42)\",\"codeLanguage\":\"python\",\"startedAt\":\"" + Instant.now() + "\"}"
                    : text("An answer about caching, idempotency and consistency.");
            ApiCall.Answer stored = call(platform, session, "PUT", "/session/questions/" + current.get("id").asText() + "/answers/1", body);
            assertThat(stored.status()).as(stored.body()).isEqualTo(201);
            ApiCall.Answer replayed = call(platform, session, "PUT", "/session/questions/" + current.get("id").asText() + "/answers/1", body);
            assertThat(replayed.status()).as("the same answer again").isEqualTo(200);
            current = stored.json().get("currentQuestion");
        }

        assertThat(asked).hasSize(3).doesNotHaveDuplicates();
        ApiCall.Answer completed = call(platform, session, "POST", "/session/complete", null);
        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.json().get("status").asText()).isEqualTo("completed");
        assertThat(completed.json().get("answered")).hasSize(3);
        assertThat(ApiCall.get(platform, "/v1/assignments/" + assignmentId).token(recruiter).send().json().get("status").asText())
                .isEqualTo("completed");
        assertThat(ApiCall.get(platform, "/v1/events?type=assignment.completed").token(recruiter).send().json().get("data")
                .findValuesAsText("subjectId")).contains(assignmentId);
        assertThat(call(platform, session, "PUT", "/session/questions/" + asked.get(2) + "/answers/2", text("late")).status())
                .isEqualTo(409);

        JsonNode record = ApiCall.get(platform, "/v1/assignments/" + assignmentId + "/session").token(recruiter).send().json();
        assertThat(record.get("recordingConsent").asBoolean()).isFalse();
        assertThat(record.get("aiNoticeVersion").asText()).isEqualTo(state.get("aiNotice").get("version").asText());
        assertThat(record.get("questions").findValuesAsText("id")).containsExactlyElementsOf(asked);
        assertThat(record.get("questions").get(0).get("answers").get(0).get("code").asText()).isEqualTo("print(42)");
        assertThat(record.get("questions").get(1).get("answers")).hasSize(1);
        JsonNode scorecard = await().atMost(Duration.ofSeconds(60)).until(() -> ApiCall.get(platform,
                "/v1/assignments/" + assignmentId + "/scorecard").token(recruiter).send().json(),
                read -> read.get("status").asText().equals("ready"));
        assertThat(scorecard.get("provider").asText()).isEqualTo("builtin");
        assertThat(scorecard.get("method").asText()).startsWith("builtin/1");
        assertThat(scorecard.get("overallScore").asDouble()).isBetween(0.0, 1.0);
        assertThat(scorecard.get("recommendation").asText()).isIn("advance", "review", "do_not_advance");
        assertThat(scorecard.get("questions")).hasSize(3);
        assertThat(scorecard.path("integritySignals")).as("answers typed at a human pace").isEmpty();
        assertThat(scorecard.get("questions").findValuesAsText("ordinal")).containsExactly("1", "2", "3");
        JsonNode coding = scorecard.get("questions").get(0);
        assertThat(coding.get("type").asText()).isEqualTo("coding");
        assertThat(coding.get("answered").asBoolean()).isTrue();
        assertThat(coding.get("note").asText()).contains("not run");
        assertThat(coding.get("criteria")).isNotEmpty().allSatisfy(criterion ->
                assertThat(criterion.get("observed").asBoolean()).isEqualTo(criterion.has("evidence")));
        assertThat(scorecard.get("questions").get(1).get("communication").get("words").asInt()).isEqualTo(7);
        double mean = 0;
        for (JsonNode question : scorecard.get("questions")) {
            mean += question.get("score").asDouble() / 3;
        }
        assertThat(scorecard.get("overallScore").asDouble()).as("the mean of the questions").isCloseTo(mean, within(1e-9));
        assertThat(scorecard.get("competencies").findValuesAsText("competency")).isNotEmpty().doesNotHaveDuplicates();
        JsonNode ready = ApiCall.get(platform, "/v1/events?type=scorecard.ready").token(recruiter).send().json().get("data");
        assertThat(ready.findValuesAsText("subjectId")).containsOnlyOnce(assignmentId);
    }

    @Test
    void longAnswersEnteredFasterThanAnyoneTypesAreSignalledApartFromTheScores(LocalStack platform) throws Exception {
        String pasted = "Caching keeps the results of slow lookups in memory so repeated reads are fast. ".repeat(8);

        String assignmentId = completedInterview(platform, recruiter, template, pasted.strip());

        JsonNode scorecard = await().atMost(Duration.ofSeconds(60)).until(() -> ApiCall.get(platform,
                "/v1/assignments/" + assignmentId + "/scorecard").token(recruiter).send().json(),
                read -> read.get("status").asText().equals("ready"));
        JsonNode signals = scorecard.get("integritySignals");
        assertThat(signals.findValuesAsText("kind")).containsOnly("implausible_typing_speed");
        assertThat(signals.findValuesAsText("ordinal")).as("the two written answers, not the short code")
                .containsExactly("2", "3");
        assertThat(signals.get(0).get("description").asText()).contains("characters of text", "30.0 s");
    }

    @Test
    void anInterviewNotOpenedOrNotCompletedHasNoRecordOrScorecardAndAnotherCompanySeesNeither(LocalStack platform)
            throws Exception {
        JsonNode assigned = AssignmentsIT.assign(platform, recruiter, AssignmentsIT.candidate(platform, recruiter), template);
        String path = "/v1/assignments/" + assigned.get("assignment").get("id").asText();
        assertThat(ApiCall.get(platform, path + "/session").token(recruiter).send().status()).isEqualTo(404);
        launch(platform, assigned);
        String otherCompany = TestCompany.onboard(platform, "session-peek").adminToken(platform);

        assertThat(ApiCall.get(platform, path + "/session").token(recruiter).send().status()).isEqualTo(200);
        assertThat(ApiCall.get(platform, path + "/scorecard").token(recruiter).send().status()).as("not completed").isEqualTo(404);
        assertThat(ApiCall.get(platform, path + "/session").token(otherCompany).send().status()).isEqualTo(404);
        assertThat(ApiCall.get(platform, path + "/scorecard").token(otherCompany).send().status()).isEqualTo(404);
    }

    @Test
    void aDifferentAnswerForAStoredAttemptIsRefusedAndTheNextAttemptTakesIt(LocalStack platform) throws Exception {
        String session = consented(platform);
        JsonNode question = call(platform, session, "GET", "/session", null).json().get("currentQuestion");
        String path = "/session/questions/" + question.get("id").asText() + "/answers/";
        String code = "{\"mode\":\"code\",\"code\":\"print(1)\",\"codeLanguage\":\"python\",\"startedAt\":\"2026-11-29T10:00:00Z\"}";
        assertThat(call(platform, session, "PUT", path + "1", code).status()).isEqualTo(201);

        ApiCall.Answer conflicting = call(platform, session, "PUT", path + "1", code.replace("print(1)", "print(2)"));
        ApiCall.Answer secondAttempt = call(platform, session, "PUT", path + "2", code.replace("print(1)", "print(2)"));
        ApiCall.Answer skipped = call(platform, session, "PUT", path + "3", code);

        assertThat(conflicting.status()).isEqualTo(409);
        assertThat(secondAttempt.status()).isEqualTo(201);
        assertThat(secondAttempt.json().get("answered").get(0).get("attempt").asInt()).isEqualTo(2);
        assertThat(skipped.status()).isEqualTo(201);
        assertThat(call(platform, session, "PUT", path + "4", code).status()).as("at most three attempts").isEqualTo(400);
    }

    @Test
    void invalidInputIsNamedAndVoiceNeedsRecordingConsent(LocalStack platform) throws Exception {
        String session = consented(platform);
        String path = "/session/questions/" + call(platform, session, "GET", "/session", null).json().get("currentQuestion")
                .get("id").asText() + "/answers/1";

        ApiCall.Answer invalid = call(platform, session, "PUT", path, "{\"mode\":\"sign-language\"}");
        ApiCall.Answer noStart = call(platform, session, "PUT", path, "{\"mode\":\"text\",\"text\":\"x\"}");
        ApiCall.Answer voice = call(platform, session, "PUT", path,
                "{\"mode\":\"voice\",\"transcript\":\"x\",\"startedAt\":\"2026-11-29T10:00:00Z\"}");

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").findValuesAsText("field")).contains("/mode");
        assertThat(noStart.json().get("errors").findValuesAsText("field")).contains("/startedAt");
        assertThat(voice.status()).isEqualTo(409);
        assertThat(call(platform, session, "POST", "/session/complete", null).status()).as("questions left").isEqualTo(409);
    }

    @Test
    void alteredUsedAndReplacedLinksAreRefusedClearly(LocalStack platform) throws Exception {
        JsonNode assigned = AssignmentsIT.assign(platform, recruiter, AssignmentsIT.candidate(platform, recruiter), template);
        String token = fragment(assigned);
        char[] altered = token.toCharArray();
        altered[3] = altered[3] == 'A' ? 'B' : 'A';

        ApiCall.Answer tampered = ApiCall.interview(platform, "POST", "/launch", "{\"token\":\"" + new String(altered) + "\"}").send();
        ApiCall.Answer first = launch(platform, assigned);
        ApiCall.Answer reused = launch(platform, assigned);
        JsonNode resent = ApiCall.post(platform, "/v1/assignments/" + assigned.get("assignment").get("id").asText() + "/resend",
                null).token(recruiter).send().json();
        ApiCall.Answer replaced = launch(platform, assigned);
        ApiCall.Answer newest = launch(platform, resent);

        assertThat(tampered.status()).isEqualTo(400);
        assertThat(tampered.json().get("code").asText()).isEqualTo("invalid_link");
        assertThat(first.status()).isEqualTo(201);
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.json().get("code").asText()).isEqualTo("link_used");
        assertThat(replaced.json().get("code").asText()).isEqualTo("link_used");
        assertThat(newest.status()).isEqualTo(201);
        assertThat(call(platform, first.json().get("sessionToken").asText(), "GET", "/session", null).status())
                .as("the older session token is retired").isEqualTo(401);
        assertThat(call(platform, newest.json().get("sessionToken").asText(), "GET", "/session", null).status()).isEqualTo(200);
    }

    @Test
    void aCanceledInterviewTakesNothingMoreAndAForgedTokenOpensNothing(LocalStack platform) throws Exception {
        JsonNode assigned = AssignmentsIT.assign(platform, recruiter, AssignmentsIT.candidate(platform, recruiter), template);
        String session = launch(platform, assigned).json().get("sessionToken").asText();
        ApiCall.post(platform, "/v1/assignments/" + assigned.get("assignment").get("id").asText() + "/cancel",
                "{\"reason\":\"withdrawn\"}").token(recruiter).send();

        JsonNode state = call(platform, session, "GET", "/session", null).json();

        assertThat(state.get("status").asText()).isEqualTo("closed");
        assertThat(call(platform, session, "POST", "/session/consent",
                "{\"aiNoticeVersion\":\"" + state.get("aiNotice").get("version").asText() + "\",\"recordingConsent\":true}")
                .status()).isEqualTo(409);
        assertThat(call(platform, session.substring(0, session.indexOf('.') + 1) + "forged", "GET", "/session", null).status())
                .isEqualTo(401);
        assertThat(ApiCall.interview(platform, "GET", "/session", null).send().status()).isEqualTo(401);
    }

    @Test
    void aSessionReachesNoOtherInterviewsQuestionsOfItsOwnCompanyOrAnother(LocalStack platform) throws Exception {
        String mine = consented(platform);
        String sameCompany = consented(platform);
        String otherCompanyAdmin = TestCompany.onboard(platform, "session-other").adminToken(platform);
        String otherTemplate = ApiCall.post(platform, "/v1/templates", TemplatesIT.template("Other", "en",
                TemplatesIT.firstQuestion(platform, otherCompanyAdmin, "type=coding&language=en"), 1)).token(otherCompanyAdmin)
                .send().json().get("id").asText();
        JsonNode otherLaunch = launch(platform, AssignmentsIT.assign(platform, otherCompanyAdmin,
                AssignmentsIT.candidate(platform, otherCompanyAdmin), otherTemplate)).json();
        String otherCompany = otherLaunch.get("sessionToken").asText();
        call(platform, otherCompany, "POST", "/session/consent", "{\"aiNoticeVersion\":\""
                + otherLaunch.get("state").get("aiNotice").get("version").asText() + "\",\"recordingConsent\":false}");
        String code = "{\"mode\":\"code\",\"code\":\"x\",\"codeLanguage\":\"java\",\"startedAt\":\"2026-11-29T10:00:00Z\"}";

        for (String foreign : List.of(sameCompany, otherCompany)) {
            String question = call(platform, foreign, "GET", "/session", null).json().get("currentQuestion").get("id").asText();
            assertThat(call(platform, mine, "PUT", "/session/questions/" + question + "/answers/1", code).status()).isEqualTo(404);
            assertThat(call(platform, foreign, "GET", "/session", null).json().get("answered")).isEmpty();
        }
    }

    private static String consented(LocalStack platform) throws Exception {
        JsonNode assigned = AssignmentsIT.assign(platform, recruiter, AssignmentsIT.candidate(platform, recruiter), template);
        JsonNode launched = launch(platform, assigned).json();
        String session = launched.get("sessionToken").asText();
        call(platform, session, "POST", "/session/consent", "{\"aiNoticeVersion\":\""
                + launched.get("state").get("aiNotice").get("version").asText() + "\",\"recordingConsent\":false}");
        return session;
    }

    /** Assigns the template to a new candidate and takes the interview to completion; the assignment's id. */
    /** A completed interview: its assignment, and the session token the candidate took it with. */
    record TakenInterview(String assignmentId, String sessionToken) {
    }

    static String completedInterview(LocalStack platform, String token, String template, String answer) throws Exception {
        return takenInterview(platform, token, template, answer, true).assignmentId();
    }

    /** An interview of {@code template} answered throughout with {@code answer} (code questions with a program), completed or not. */
    static TakenInterview takenInterview(LocalStack platform, String token, String template, String answer, boolean complete)
            throws Exception {
        JsonNode assigned = AssignmentsIT.assign(platform, token, AssignmentsIT.candidate(platform, token), template);
        String session = answered(platform, fragment(assigned), answer, complete);
        return new TakenInterview(assigned.get("assignment").get("id").asText(), session);
    }

    /** The interview behind a launch URL, taken to completion as {@link #takenInterview} does. */
    static void completeFromLaunchUrl(LocalStack platform, String launchUrl, String answer) throws Exception {
        answered(platform, launchUrl.substring(launchUrl.indexOf('#') + 1), answer, true);
    }

    /** Opens the link, accepts the notice, answers every question; the session token. */
    private static String answered(LocalStack platform, String launchToken, String answer, boolean complete) throws Exception {
        JsonNode state = ApiCall.interview(platform, "POST", "/launch", "{\"token\":\"" + launchToken + "\"}").send().json();
        String session = state.get("sessionToken").asText();
        JsonNode current = call(platform, session, "POST", "/session/consent", "{\"aiNoticeVersion\":\""
                + state.get("state").get("aiNotice").get("version").asText() + "\",\"recordingConsent\":false}").json()
                .get("currentQuestion");
        while (current != null) {
            String body = current.get("type").asText().equals("coding")
                    ? "{\"mode\":\"code\",\"code\":\"print(42)\",\"codeLanguage\":\"python\",\"startedAt\":\"" + Instant.now() + "\"}"
                    : text(answer);
            current = call(platform, session, "PUT", "/session/questions/" + current.get("id").asText() + "/answers/1", body)
                    .json().get("currentQuestion");
        }
        if (complete) {
            assertThat(call(platform, session, "POST", "/session/complete", null).status()).isEqualTo(200);
        }
        return session;
    }

    static ApiCall.Answer launch(LocalStack platform, JsonNode assigned) throws Exception {
        return ApiCall.interview(platform, "POST", "/launch", "{\"token\":\"" + fragment(assigned) + "\"}").send();
    }

    private static String fragment(JsonNode assigned) {
        String url = assigned.get("launchUrl").asText();
        return url.substring(url.indexOf('#') + 1);
    }

    static ApiCall.Answer call(LocalStack platform, String session, String method, String path, String body)
            throws Exception {
        return ApiCall.interview(platform, method, path, body).token(session).send();
    }

    private static String text(String answer) {
        return "{\"mode\":\"text\",\"text\":\"" + answer + "\",\"startedAt\":\"" + Instant.now() + "\",\"durationMs\":30000}";
    }
}
