package it.io.aiva.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.aiva.localstack.LocalStack;
import io.aiva.sdk.api.ApiClientsApi;
import io.aiva.sdk.client.AivaClient;
import io.aiva.sdk.client.NotFoundException;
import io.aiva.sdk.client.Pagination;
import io.aiva.sdk.model.AnswerMode;
import io.aiva.sdk.model.ApiClientCreate;
import io.aiva.sdk.model.ApiClientCredentials;
import io.aiva.sdk.model.Assignment;
import io.aiva.sdk.model.AssignmentCreate;
import io.aiva.sdk.model.AssignmentLaunch;
import io.aiva.sdk.model.Candidate;
import io.aiva.sdk.model.CandidateCreate;
import io.aiva.sdk.model.QuestionType;
import io.aiva.sdk.model.Scorecard;
import io.aiva.sdk.model.ScorecardStatus;
import io.aiva.sdk.model.SelectionRule;
import io.aiva.sdk.model.Template;
import io.aiva.sdk.model.TemplateSection;
import io.aiva.sdk.model.TemplateWrite;

/**
 * A company's integration drives AIVA through the Java SDK as its developers would: its own API
 * client's credentials from Keycloak, a candidate, assignments paged through, a scorecard read,
 * typed errors, idempotent retries, and a 429 on the way waited out.
 */
@ExtendWith(Platform.class)
class JavaSdkIT {

    private static TestCompany company;
    private static String template;
    private static ApiClientCredentials credentials;

    @BeforeAll
    static void integration(LocalStack platform) throws Exception {
        company = TestCompany.onboard(platform, "java-sdk");
        String admin = company.adminToken(platform);
        template = ApiCall.post(platform, "/v1/templates", TemplatesIT.template("SDK", "en",
                TemplatesIT.firstQuestion(platform, admin, "type=technical&language=en"), 1)).token(admin).send().json()
                .get("id").asText();
        credentials = new ApiClientsApi(Platform.apiClient(platform, admin))
                .createApiClient(new ApiClientCreate().name("ATS via the Java SDK"), null);
    }

    @Test
    void anIntegrationCreatesACandidateAssignsPagesThroughAndReadsTheScorecard(LocalStack platform) throws Exception {
        AivaClient aiva = client(platform.baseUri() + "/api");

        String key = UUID.randomUUID().toString();
        Candidate candidate = aiva.candidates().createCandidate(new CandidateCreate().firstName("Ada").lastName("Lovelace")
                .email("ada-" + key + "@example.com").externalId("ats-" + key), key);
        Candidate again = aiva.candidates().createCandidate(new CandidateCreate().firstName("Ada").lastName("Lovelace")
                .email("ada-" + key + "@example.com").externalId("ats-" + key), key);
        assertThat(again.getId()).as("the same Idempotency-Key gives the same candidate").isEqualTo(candidate.getId());
        List<AssignmentLaunch> assigned = List.of(assign(aiva, candidate), assign(aiva, candidate), assign(aiva, candidate));

        List<UUID> paged = Pagination.stream(cursor -> aiva.assignments().listAssignments(2, cursor, null, candidate.getId(), null,
                null), page -> page.getData(), page -> page.getNextCursor()).map(Assignment::getId).toList();
        assertThat(paged).containsExactlyInAnyOrderElementsOf(assigned.stream().map(launch -> launch.getAssignment().getId())
                .toList());

        String launchUrl = assigned.get(0).getLaunchUrl().toString();
        InterviewSessionIT.completeFromLaunchUrl(platform, launchUrl, "I would cache reads and invalidate on writes.");
        UUID completed = assigned.get(0).getAssignment().getId();
        Scorecard scorecard = await().atMost(Duration.ofSeconds(60)).until(() -> aiva.assignments().getScorecard(completed),
                read -> read.getStatus() == ScorecardStatus.READY);
        assertThat(scorecard.getQuestions()).isNotEmpty().allSatisfy(question -> assertThat(question.getCriteria()).isNotEmpty());
        assertThat(scorecard.getProvider()).isEqualTo("builtin");

        assertThatThrownBy(() -> aiva.assignments().getAssignment(UUID.randomUUID()))
                .isInstanceOfSatisfying(NotFoundException.class, missing -> {
                    assertThat(missing.getProblemCode()).isEqualTo("not_found");
                    assertThat(missing.getRequestId()).isNotBlank();
                });
    }

    @Test
    void aTemplateWhoseSectionPicksItsQuestionsByRuleIsCreatedThroughTheSdk(LocalStack platform) throws Exception {
        AivaClient aiva = client(platform.baseUri() + "/api");

        // The section sets no questionIds: the SDK must leave the list out, since the API refuses an empty one.
        Template created = aiva.templates().createTemplate(new TemplateWrite().name("Backend by rule").language("en")
                .answerModes(Set.of(AnswerMode.TEXT)).sections(List.of(new TemplateSection().title("Backend")
                        .rule(new SelectionRule().count(2).types(List.of(QuestionType.TECHNICAL))))), null);

        assertThat(created.getSections()).singleElement().satisfies(section -> {
            assertThat(section.getQuestionIds()).isNull();
            assertThat(section.getRule().getCount()).isEqualTo(2);
            assertThat(section.getRule().getTypes()).containsExactly(QuestionType.TECHNICAL);
            assertThat(section.getRule().getCompetencies()).isNull();
        });
    }

    @Test
    void aRateLimitedReadIsWaitedOutAsRetryAfterSays(LocalStack platform) throws Exception {
        WireMockServer front = new WireMockServer(options().dynamicPort());
        front.start();
        try {
            front.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(platform.baseUri().toString())));
            front.stubFor(get(urlPathMatching("/api/v1/assignments/.*")).atPriority(1).inScenario("limit")
                    .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("waited").willReturn(aResponse().withStatus(429)
                            .withHeader("Retry-After", "1").withHeader("Content-Type", "application/problem+json")
                            .withBody("{\"type\":\"https://aiva.io/problems/rate-limited\",\"title\":\"Too many requests\","
                                    + "\"status\":429,\"code\":\"rate_limited\",\"requestId\":\"front-1\"}")));
            AivaClient aiva = client(front.baseUrl() + "/api");
            Candidate candidate = aiva.candidates().createCandidate(new CandidateCreate().firstName("Grace").lastName("Hopper")
                    .email("grace-" + UUID.randomUUID() + "@example.com"), null);
            UUID assignment = assign(aiva, candidate).getAssignment().getId();

            assertThat(aiva.assignments().getAssignment(assignment).getId()).isEqualTo(assignment);

            front.verify(2, getRequestedFor(urlPathMatching("/api/v1/assignments/" + assignment)));
        } finally {
            front.stop();
        }
    }

    private static AivaClient client(String baseUrl) {
        return AivaClient.builder().baseUrl(baseUrl).tokenUrl(credentials.getTokenUrl().toString())
                .clientCredentials(credentials.getClient().getClientId(), credentials.getClientSecret()).build();
    }

    private static AssignmentLaunch assign(AivaClient aiva, Candidate candidate) throws Exception {
        return aiva.assignments().createAssignment(new AssignmentCreate().candidateId(candidate.getId())
                .templateId(UUID.fromString(template)), null);
    }
}
