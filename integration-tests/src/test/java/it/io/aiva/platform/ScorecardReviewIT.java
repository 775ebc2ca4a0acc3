package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.aiva.localstack.EmbeddedDatabase;
import io.aiva.localstack.LocalStack;

/** A person reviews the analysis's scorecard: decision, notes, changed scores with reasons, kept beside the analysis. */
@ExtendWith(Platform.class)
class ScorecardReviewIT {

    private static String recruiter;
    private static String otherCompany;
    private static String template;

    @BeforeAll
    static void company(LocalStack platform) throws Exception {
        recruiter = TestCompany.onboard(platform, "review").adminToken(platform);
        otherCompany = TestCompany.onboard(platform, "review-other").adminToken(platform);
        String coding = TemplatesIT.firstQuestion(platform, recruiter, "type=coding&language=en");
        template = ApiCall.post(platform, "/v1/templates", TemplatesIT.template("Review", "en", coding, 2)).token(recruiter)
                .send().json().get("id").asText();
    }

    @Test
    void aReviewKeepsTheAnalysisBesideThePersonsDecisionAndIsAnnounced(LocalStack platform) throws Exception {
        String assignment = InterviewSessionIT.completedInterview(platform, recruiter, template, "Caching and idempotent retries.");
        ApiCall.Answer ready = awaitReady(platform, assignment);
        JsonNode analysis = ready.json();

        ApiCall.Answer reviewed = ApiCall.put(platform, path(assignment) + "/review", """
                {"decision":"advance","notes":"Probe design on-site.","overrides":[{"ordinal":2,"score":0.9,"reason":"Named retries."}]}""")
                .token(recruiter).header("If-Match", ready.header("ETag")).send();

        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        JsonNode scorecard = reviewed.json();
        assertThat(scorecard.get("overallScore")).as("the analysis's own score stays").isEqualTo(analysis.get("overallScore"));
        assertThat(scorecard.get("recommendation")).isEqualTo(analysis.get("recommendation"));
        assertThat(scorecard.get("questions")).isEqualTo(analysis.get("questions"));
        JsonNode review = scorecard.get("review");
        assertThat(review.get("decision").asText()).isEqualTo("advance");
        assertThat(review.get("notes").asText()).isEqualTo("Probe design on-site.");
        assertThat(review.get("overrides").get(0).get("reason").asText()).isEqualTo("Named retries.");
        double expected = (analysis.get("questions").get(0).get("score").asDouble() + 0.9
                + analysis.get("questions").get(2).get("score").asDouble()) / 3;
        assertThat(review.get("reviewedOverallScore").asDouble()).isCloseTo(expected, within(1e-9));
        assertThat(review.get("reviewedBy").asText()).isNotBlank();
        assertThat(reviewed.header("ETag")).isNotEqualTo(ready.header("ETag"));
        assertThat(ApiCall.get(platform, path(assignment)).token(recruiter).send().json().get("review")).isEqualTo(review);
        JsonNode event = ApiCall.get(platform, "/v1/events?type=scorecard.reviewed").token(recruiter).send().json().get("data").get(0);
        assertThat(event.get("subjectId").asText()).isEqualTo(assignment);
        assertThat(event.get("data").get("decision").asText()).isEqualTo("advance");
        assertThat(ApiCall.get(platform, "/v1/audit-events").token(recruiter).send().json().get("data").findValuesAsText("action"))
                .contains("scorecard.reviewed");

        ApiCall.Answer stale = ApiCall.put(platform, path(assignment) + "/review", "{\"decision\":\"reject\"}").token(recruiter)
                .header("If-Match", ready.header("ETag")).send();
        assertThat(stale.status()).as("a review made since is not overwritten").isEqualTo(412);
    }

    @Test
    void invalidReviewsAreRefusedFieldByFieldAndNothingIsWritten(LocalStack platform) throws Exception {
        String assignment = InterviewSessionIT.completedInterview(platform, recruiter, template, "An answer.");
        awaitReady(platform, assignment);

        ApiCall.Answer invalid = ApiCall.put(platform, path(assignment) + "/review", """
                {"decision":"maybe","overrides":[{"ordinal":0,"score":1.5,"reason":""}]}""").token(recruiter).send();
        ApiCall.Answer unknownQuestion = ApiCall.put(platform, path(assignment) + "/review", """
                {"decision":"hold","overrides":[{"ordinal":9,"score":0.5,"reason":"x"},{"ordinal":1,"score":0.5,"reason":"y"},
                 {"ordinal":1,"score":0.6,"reason":"z"}]}""").token(recruiter).send();
        ApiCall.Answer missing = ApiCall.put(platform, path(assignment) + "/review", "{\"notes\":\"no decision\"}").token(recruiter).send();

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").findValuesAsText("field")).contains("/decision");
        assertThat(unknownQuestion.status()).isEqualTo(400);
        assertThat(unknownQuestion.json().get("errors").findValuesAsText("field"))
                .containsExactly("/overrides/0/ordinal", "/overrides/2/ordinal");
        assertThat(ApiCall.get(platform, path(assignment)).token(recruiter).send().json().has("review")).isFalse();
    }

    @Test
    void aScorecardStillPendingCannotBeReviewedYet(LocalStack platform) throws Exception {
        String assignment = InterviewSessionIT.completedInterview(platform, recruiter, template, "An answer.");
        awaitReady(platform, assignment);
        try (Connection database = platform.database().superuserConnection(EmbeddedDatabase.DATABASE);
                PreparedStatement unscore = database.prepareStatement("DELETE FROM aiva.scorecard WHERE assignment_id = ?::uuid")) {
            unscore.setString(1, assignment);
            assertThat(unscore.executeUpdate()).as("back to the moment before the analysis wrote it").isEqualTo(1);
        }

        ApiCall.Answer pending = ApiCall.get(platform, path(assignment)).token(recruiter).send();
        ApiCall.Answer review = ApiCall.put(platform, path(assignment) + "/review", "{\"decision\":\"hold\"}").token(recruiter).send();

        assertThat(pending.json().get("status").asText()).isEqualTo("pending");
        assertThat(pending.json().has("overallScore")).isFalse();
        assertThat(review.status()).isEqualTo(409);
        assertThat(review.json().get("detail").asText()).contains("not scored this interview yet");
    }

    @Test
    void onlyACompletedInterviewOfTheCompanyCanBeReviewed(LocalStack platform) throws Exception {
        String assignment = InterviewSessionIT.completedInterview(platform, recruiter, template, "An answer.");
        awaitReady(platform, assignment);
        String open = AssignmentsIT.assign(platform, recruiter, AssignmentsIT.candidate(platform, recruiter), template)
                .get("assignment").get("id").asText();

        assertThat(ApiCall.put(platform, path(assignment) + "/review", "{\"decision\":\"hold\"}").token(otherCompany).send().status())
                .isEqualTo(404);
        assertThat(ApiCall.get(platform, path(assignment)).token(otherCompany).send().status()).isEqualTo(404);
        assertThat(ApiCall.put(platform, path(open) + "/review", "{\"decision\":\"hold\"}").token(recruiter).send().status())
                .as("not completed").isEqualTo(404);
        assertThat(ApiCall.get(platform, path(assignment)).token(recruiter).send().json().has("review")).isFalse();
    }

    private static ApiCall.Answer awaitReady(LocalStack platform, String assignment) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> ApiCall.get(platform, path(assignment)).token(recruiter).send(),
                answer -> answer.status() == 200 && answer.body().contains("\"status\":\"ready\""));
    }

    private static String path(String assignment) {
        return "/v1/assignments/" + assignment + "/scorecard";
    }
}
