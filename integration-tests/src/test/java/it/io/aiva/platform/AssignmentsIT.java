package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.aiva.localstack.EmbeddedDatabase;
import io.aiva.localstack.LocalStack;

/** Interviews assigned to candidates: the launch link, the plan kept as assigned, cancel, resend, expiry, events. */
@ExtendWith(Platform.class)
class AssignmentsIT {

    private static String recruiter;
    private static String otherCompany;
    private static String template;
    private static String codingQuestion;

    @BeforeAll
    static void company(LocalStack platform) throws Exception {
        recruiter = TestCompany.onboard(platform, "assign").adminToken(platform);
        otherCompany = TestCompany.onboard(platform, "assign-other").adminToken(platform);
        codingQuestion = TemplatesIT.firstQuestion(platform, recruiter, "type=coding&language=en");
        template = ApiCall.post(platform, "/v1/templates", TemplatesIT.template("Screen", "en", codingQuestion, 2))
                .token(recruiter).send().json().get("id").asText();
    }

    @Test
    void anAssignmentComesWithALaunchUrlAndIsAnnouncedAsAnEvent(LocalStack platform) throws Exception {
        String candidate = candidate(platform, recruiter);
        String reference = "app-" + UUID.randomUUID();
        OffsetDateTime deadline = OffsetDateTime.now().plusDays(2);

        ApiCall.Answer created = ApiCall.post(platform, "/v1/assignments", """
                {"candidateId":"%s","templateId":"%s","deadline":"%s","externalReference":"%s"}"""
                .formatted(candidate, template, deadline, reference)).token(recruiter).send();

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode launch = created.json();
        JsonNode assignment = launch.get("assignment");
        assertThat(launch.get("launchUrl").asText()).startsWith(platform.baseUri() + "/interview/launch/");
        assertThat(OffsetDateTime.parse(launch.get("launchUrlExpiresAt").asText())).isBeforeOrEqualTo(deadline);
        assertThat(assignment.get("status").asText()).isEqualTo("invited");
        assertThat(assignment.get("questionCount").asInt()).isEqualTo(3);
        assertThat(assignment.get("templateName").asText()).isEqualTo("Screen");
        assertThat(created.header("Location")).endsWith("/v1/assignments/" + assignment.get("id").asText());
        JsonNode read = ApiCall.get(platform, "/v1/assignments/" + assignment.get("id").asText()).token(recruiter).send().json();
        assertThat(read).isEqualTo(assignment);
        assertThat(read.has("launchUrl")).as("the link is shown once").isFalse();
        assertThat(ApiCall.get(platform, "/v1/assignments?externalReference=" + reference).token(recruiter).send().json()
                .get("data").findValuesAsText("id")).containsExactly(assignment.get("id").asText());
        JsonNode event = ApiCall.get(platform, "/v1/events?type=assignment.created&limit=1").token(recruiter).send().json()
                .get("data").get(0);
        assertThat(event.get("subjectId").asText()).isEqualTo(assignment.get("id").asText());
        assertThat(event.get("data").get("externalReference").asText()).isEqualTo(reference);
    }

    @Test
    void theInterviewKeepsThePlanItWasAssignedWith(LocalStack platform) throws Exception {
        String ownTemplate = ApiCall.post(platform, "/v1/templates", TemplatesIT.template("Before", "en", codingQuestion, 1))
                .token(recruiter).send().json().get("id").asText();
        String id = assign(platform, candidate(platform, recruiter), ownTemplate).get("assignment").get("id").asText();

        ApiCall.put(platform, "/v1/templates/" + ownTemplate, TemplatesIT.template("After", "en", codingQuestion, 3))
                .token(recruiter).send();

        JsonNode assignment = ApiCall.get(platform, "/v1/assignments/" + id).token(recruiter).send().json();
        assertThat(assignment.get("templateName").asText()).isEqualTo("Before");
        assertThat(assignment.get("questionCount").asInt()).isEqualTo(2);
    }

    @Test
    void aCanceledAssignmentCanNeitherBeCanceledAgainNorResent(LocalStack platform) throws Exception {
        String path = "/v1/assignments/" + assign(platform, candidate(platform, recruiter), template).get("assignment")
                .get("id").asText();

        ApiCall.Answer canceled = ApiCall.post(platform, path + "/cancel", "{\"reason\":\"Position filled\"}").token(recruiter).send();

        assertThat(canceled.status()).isEqualTo(200);
        assertThat(canceled.json().get("status").asText()).isEqualTo("canceled");
        assertThat(canceled.json().get("cancelReason").asText()).isEqualTo("Position filled");
        assertThat(canceled.json().has("endedAt")).isTrue();
        assertThat(ApiCall.post(platform, path + "/cancel", "{\"reason\":\"again\"}").token(recruiter).send().status()).isEqualTo(409);
        assertThat(ApiCall.post(platform, path + "/resend", null).token(recruiter).send().status()).isEqualTo(409);
        assertThat(ApiCall.post(platform, path + "/cancel", "{\"reason\":\" \"}").token(recruiter).send().status()).isEqualTo(400);
        assertThat(ApiCall.get(platform, "/v1/events?type=assignment.canceled").token(recruiter).send().json().get("data")
                .findValuesAsText("subjectId")).contains(path.substring(path.lastIndexOf('/') + 1));
    }

    @Test
    void resendingGivesANewLink(LocalStack platform) throws Exception {
        JsonNode first = assign(platform, candidate(platform, recruiter), template);
        String path = "/v1/assignments/" + first.get("assignment").get("id").asText();

        ApiCall.Answer resent = ApiCall.post(platform, path + "/resend", null).token(recruiter).send();

        assertThat(resent.status()).isEqualTo(200);
        assertThat(resent.json().get("launchUrl").asText()).startsWith(platform.baseUri() + "/interview/launch/")
                .isNotEqualTo(first.get("launchUrl").asText());
        assertThat(resent.json().get("assignment").get("status").asText()).isEqualTo("invited");
    }

    @Test
    void anOpenAssignmentPastItsDeadlineReadsAsExpired(LocalStack platform) throws Exception {
        String id = assign(platform, candidate(platform, recruiter), template).get("assignment").get("id").asText();
        try (Connection database = platform.database().superuserConnection(EmbeddedDatabase.DATABASE);
                PreparedStatement passDeadline = database.prepareStatement(
                        "UPDATE aiva.assignment SET deadline = now() - interval '1 minute' WHERE id = ?::uuid")) {
            passDeadline.setString(1, id);
            assertThat(passDeadline.executeUpdate()).isEqualTo(1);
        }

        JsonNode expired = ApiCall.get(platform, "/v1/assignments/" + id).token(recruiter).send().json();

        assertThat(expired.get("status").asText()).isEqualTo("expired");
        assertThat(ApiCall.get(platform, "/v1/assignments?status=expired").token(recruiter).send().json().get("data")
                .findValuesAsText("id")).contains(id);
        assertThat(ApiCall.get(platform, "/v1/events?type=assignment.expired").token(recruiter).send().json().get("data")
                .findValuesAsText("subjectId")).containsOnlyOnce(id);
        assertThat(ApiCall.post(platform, "/v1/assignments/" + id + "/resend", null).token(recruiter).send().status()).isEqualTo(409);
    }

    @Test
    void anAssignmentExpiresAtItsDeadlineWithNobodyReadingIt(LocalStack platform) throws Exception {
        OffsetDateTime deadline = OffsetDateTime.now().plusSeconds(3);
        ApiCall.Answer created = ApiCall.post(platform, "/v1/assignments", """
                {"candidateId":"%s","templateId":"%s","deadline":"%s"}"""
                .formatted(candidate(platform, recruiter), template, deadline)).token(recruiter).send();
        String id = created.json().get("assignment").get("id").asText();

        JsonNode expiry = await().atMost(Duration.ofSeconds(60)).until(() -> ApiCall.get(platform,
                "/v1/events?type=assignment.expired&limit=100").token(recruiter).send().json().get("data"),
                events -> events.findValuesAsText("subjectId").contains(id));

        assertThat(expiry.findValuesAsText("subjectId")).containsOnlyOnce(id);
        assertThat(OffsetDateTime.parse(expiry.get(0).get("occurredAt").asText())).isAfterOrEqualTo(deadline);
        assertThat(ApiCall.get(platform, "/v1/assignments/" + id).token(recruiter).send().json().get("status").asText())
                .isEqualTo("expired");
    }

    @Test
    void theCandidateAndTemplateMustBeTheCompanysOwnAndTheDeadlineAhead(LocalStack platform) throws Exception {
        String foreignCandidate = candidate(platform, otherCompany);

        ApiCall.Answer refused = ApiCall.post(platform, "/v1/assignments", """
                {"candidateId":"%s","templateId":"%s","deadline":"2020-01-01T00:00:00Z"}"""
                .formatted(foreignCandidate, UUID.randomUUID())).token(recruiter).send();
        ApiCall.Answer incomplete = ApiCall.post(platform, "/v1/assignments", "{}").token(recruiter).send();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("/candidateId", "/templateId", "/deadline");
        assertThat(incomplete.json().get("errors").findValuesAsText("field")).contains("/candidateId", "/templateId");
    }

    @Test
    void anotherCompanysAssignmentIsNotFoundAndItsEventsAreNotListed(LocalStack platform) throws Exception {
        String id = assign(platform, candidate(platform, recruiter), template).get("assignment").get("id").asText();
        String path = "/v1/assignments/" + id;

        assertThat(ApiCall.get(platform, path).token(otherCompany).send().status()).isEqualTo(404);
        assertThat(ApiCall.post(platform, path + "/cancel", "{\"reason\":\"no\"}").token(otherCompany).send().status())
                .isEqualTo(404);
        assertThat(ApiCall.post(platform, path + "/resend", null).token(otherCompany).send().status()).isEqualTo(404);
        assertThat(ApiCall.get(platform, "/v1/events?limit=100").token(otherCompany).send().json().get("data")
                .findValuesAsText("subjectId")).doesNotContain(id);
        assertThat(ApiCall.get(platform, path).token(recruiter).send().json().get("status").asText()).isEqualTo("invited");
    }

    @Test
    void theListPagesNewestFirst(LocalStack platform) throws Exception {
        String candidate = candidate(platform, recruiter);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(0, assign(platform, candidate, template).get("assignment").get("id").asText());
        }

        JsonNode first = ApiCall.get(platform, "/v1/assignments?limit=2&candidateId=" + candidate).token(recruiter).send().json();
        JsonNode second = ApiCall.get(platform, "/v1/assignments?limit=2&candidateId=" + candidate + "&cursor="
                + first.get("nextCursor").asText()).token(recruiter).send().json();

        List<String> seen = new ArrayList<>(first.get("data").findValuesAsText("id"));
        seen.addAll(second.get("data").findValuesAsText("id"));
        assertThat(seen).containsExactlyElementsOf(created);
        assertThat(second.has("nextCursor")).isFalse();
    }

    private static JsonNode assign(LocalStack platform, String candidate, String template) throws Exception {
        return assign(platform, recruiter, candidate, template);
    }

    static JsonNode assign(LocalStack platform, String token, String candidate, String template) throws Exception {
        ApiCall.Answer created = ApiCall.post(platform, "/v1/assignments",
                "{\"candidateId\":\"" + candidate + "\",\"templateId\":\"" + template + "\"}").token(token).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    static String candidate(LocalStack platform, String token) throws Exception {
        return ApiCall.post(platform, "/v1/candidates", "{\"firstName\":\"Ann\",\"lastName\":\"Signee\",\"email\":\"ann@example.com\"}")
                .token(token).send().json().get("id").asText();
    }
}
