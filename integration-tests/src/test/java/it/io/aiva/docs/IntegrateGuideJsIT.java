package it.io.aiva.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.aiva.localstack.LocalStack;
import io.aiva.sdk.client.AivaClient;
import io.aiva.sdk.model.Scorecard;
import it.io.aiva.platform.Platform;

/**
 * The JavaScript half of docs/integrate.md, run as its reader would run it: the SDK packed and installed
 * into a Node.js project, and the guide's scripts (src/test/js) run there with node against the platform,
 * with the API client a company admin made. Each script prints what it did; this test checks that against
 * the platform, through the Java SDK.
 */
@ExtendWith(Platform.class)
class IntegrateGuideJsIT {

    private static final Duration SCORING = Duration.ofSeconds(60);

    @TempDir
    static Path work;

    private static NodeProject project;
    private static GuideCompany company;
    private static AivaClient aiva;
    private static UUID template;
    private static UUID otherTemplate;
    private static Map<String, String> environment;

    @BeforeAll
    static void installTheSdk(LocalStack platform) throws Exception {
        project = NodeProject.install(work);
        company = GuideCompany.onboard(platform, "guide-js");
        JavaQuickstart.AivaConfig config = company.config(platform);
        aiva = JavaQuickstart.connect(config);
        template = company.createTemplate(aiva, GuideCompany.TEMPLATE_NAME);
        otherTemplate = company.createTemplate(aiva, GuideCompany.OTHER_TEMPLATE_NAME);
        environment = Map.of("AIVA_API_URL", config.apiUrl(), "AIVA_TOKEN_URL", config.tokenUrl(),
                "AIVA_CLIENT_ID", config.clientId(), "AIVA_CLIENT_SECRET", config.clientSecret());
    }

    @Test
    void theScriptsAgreeWithThePackagesTypeScriptDeclarations() throws Exception {
        assertThat(project.typeCheck()).as("tsc --checkJs found nothing").isEmpty();
    }

    @Test
    void theInvitationJobInvitesAnApplicantOnceAndSaysWhyItRefusesOthers(LocalStack platform) throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String application = "application-" + id;

        JsonNode printed = project.node("invite.mjs", with("AIVA_TEMPLATE_NAME", GuideCompany.TEMPLATE_NAME,
                "AIVA_OTHER_TEMPLATE_ID", otherTemplate.toString(), "AIVA_APPLICANT", applicant(id, application)));

        assertThat(printed.get("templateId").asText()).isEqualTo(JavaQuickstart.templateNamed(aiva, GuideCompany.TEMPLATE_NAME)
                .toString());
        String candidate = printed.get("candidate").get("id").asText();
        assertThat(printed.get("candidate").get("externalId").asText()).isEqualTo("ats-" + id);
        assertThat(printed.get("again").get("id").asText()).as("the same ATS candidate, found by its externalId").isEqualTo(candidate);
        String assignment = printed.get("invited").get("assignmentId").asText();
        assertThat(printed.get("invited").get("launchUrl").asText())
                .startsWith(platform.baseUri() + "/interview/launch/" + company.slug() + "#");
        assertThat(printed.get("invitedAgain").get("assignmentId").asText()).as("one interview per application").isEqualTo(assignment);
        assertThat(printed.get("unknownTemplate").get("refused").asText()).isEqualTo("/templateId is not a template of your company");
        assertThat(printed.get("otherTemplate").get("refused").asText())
                .isEqualTo("application " + application + " was assigned another interview");
        assertThat(printed.get("listed")).singleElement().satisfies(listed -> {
            assertThat(listed.get("id").asText()).isEqualTo(assignment);
            assertThat(listed.get("status").asText()).isEqualTo("invited");
            assertThat(listed.get("externalReference").asText()).isEqualTo(application);
        });
        assertThat(aiva.assignments().getAssignment(UUID.fromString(assignment)).getCandidateId().toString()).isEqualTo(candidate);
    }

    @Test
    void theResultsJobRecordsTheScoreOfACompletedInterview(LocalStack platform) throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String application = "application-" + id;
        JsonNode invited = project.node("invite.mjs", with("AIVA_TEMPLATE_NAME", GuideCompany.TEMPLATE_NAME,
                "AIVA_OTHER_TEMPLATE_ID", otherTemplate.toString(), "AIVA_APPLICANT", applicant(id, application)))
                .get("invited");
        CandidateSession.complete(platform, invited.get("launchUrl").asText(), "I would shard by tenant and cache reads.");
        UUID assignment = UUID.fromString(invited.get("assignmentId").asText());
        Scorecard scorecard = await().atMost(SCORING).until(() -> JavaQuickstart.readyScorecard(aiva, assignment),
                Optional::isPresent).orElseThrow();

        JsonNode recorded = project.node("results.mjs", environment).get("recorded");

        assertThat(recorded).anySatisfy(score -> {
            assertThat(score.get("applicationId").asText()).isEqualTo(application);
            assertThat(score.get("score").asDouble()).isEqualTo(scorecard.getOverallScore());
            assertThat(score.get("recommendation").asText()).isEqualTo(scorecard.getRecommendation());
        });
    }

    @Test
    void theReceiverTakesWhatAivaSignsAndRefusesAForgery(LocalStack platform) throws Exception {
        int port = LocalStack.freePort();

        JsonNode printed = project.node("webhooks.mjs", with("PORT", Integer.toString(port),
                "AIVA_WEBHOOK_URL", "http://localhost:" + port + "/hooks/aiva", "AIVA_TEMPLATE_ID", template.toString()));

        UUID endpoint = UUID.fromString(printed.get("endpoint").asText());
        assertThat(aiva.webhooks().getWebhookEndpoint(endpoint).getDescription()).isEqualTo("ATS sync");
        JsonNode canceled = printed.get("received").get(0);
        assertThat(canceled.get("type").asText()).isEqualTo("assignment.canceled");
        assertThat(canceled.get("data").get("assignmentId").asText()).isEqualTo(printed.get("assignment").asText());
        assertThat(canceled.get("data").get("externalReference").asText()).isEqualTo("canceled-application");
        assertThat(aiva.webhooks().listWebhookDeliveries(endpoint, 10, null, null).getData())
                .as("what the receiver took is what AIVA delivered").singleElement()
                .satisfies(delivery -> assertThat(delivery.getWebhookId()).isEqualTo(canceled.get("webhookId").asText()));
        assertThat(printed.get("forgedStatus").asInt()).isEqualTo(400);
    }

    private static Map<String, String> with(String... variables) {
        Map<String, String> all = new HashMap<>(environment);
        for (int i = 0; i < variables.length; i += 2) {
            all.put(variables[i], variables[i + 1]);
        }
        return all;
    }

    private static String applicant(String id, String application) throws Exception {
        return new ObjectMapper().writeValueAsString(Map.of("atsId", "ats-" + id, "applicationId", application,
                "firstName", "Ada", "lastName", "Lovelace", "email", "ada-" + id + "@example.com"));
    }
}
