package it.io.aiva.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import io.aiva.localstack.DemoUsers;
import io.aiva.localstack.EmbeddedDatabase;
import io.aiva.localstack.LocalStack;
import io.aiva.sdk.api.TenantsApi;
import io.aiva.sdk.model.TenantSuspension;

/**
 * A company connects its Greenhouse account, and Greenhouse, played by {@link GreenhouseSimulator}
 * from its documentation, lists the company's tests, sends one to a candidate (who is e-mailed the
 * link, through a real SMTP server), reads its status, and is told when it is complete, with the
 * credential Greenhouse issued, at the URL it gave.
 */
@ExtendWith(Platform.class)
class GreenhouseIT {

    private static final String CREDENTIAL = "credential-greenhouse-issued-for-callbacks";
    private static final Pattern LAUNCH_LINK = Pattern.compile("http\\S+/interview/launch/\\S+");
    private static final String QUESTION = """
            {"type":"technical","competency":"backend","difficulty":2,"language":"en","title":"Caching",
             "prompt":"Why would you cache a slow lookup?","referenceAnswer":"To serve repeated reads faster and spare the slow system.",
             "rubric":[{"criterion":"Names the benefit","weight":1,"good":"Faster repeated reads.","poor":"No benefit named."}]}""";

    private static GreenMail mail;
    private static WireMockServer greenhouse;

    @BeforeAll
    static void startMailAndGreenhouse() {
        mail = new GreenMail(new ServerSetup(Integer.getInteger("aiva.mail.stub.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        greenhouse = new WireMockServer(options().dynamicPort());
        greenhouse.start();
        greenhouse.stubFor(patch(urlPathMatching("/integrations/testing_partners/take_home_tests/\\d+")).willReturn(aResponse().withStatus(200)));
    }

    @AfterAll
    static void stop() {
        mail.stop();
        greenhouse.stop();
    }

    @Test
    void greenhouseSendsATestTheCandidateIsMailedAndGreenhouseIsToldOfTheCompletionAndOfAChangedScore(LocalStack platform)
            throws Exception {
        Connected company = connected(platform, "gh-flow");
        assertThat(ApiCall.put(platform, "/v1/integrations/greenhouse/settings",
                "{\"deadlineDays\":5,\"callbackCredential\":\"" + CREDENTIAL + "\"}").token(company.admin()).send().json()
                .get("ready").asBoolean()).as("a key, candidate mail and the callback credential").isTrue();
        String sealed = storedCredential(platform, company.id());
        assertThat(sealed).as("stored sealed").startsWith("aiva-sealed:v1:").doesNotContain(CREDENTIAL);
        Platform.runRecurringJobNow(platform, "secrets-reseal");
        // Sealed again (a new nonce) by the job, the credential must still reach Greenhouse below.
        await().atMost(Duration.ofMinutes(1)).until(() -> !storedCredential(platform, company.id()).equals(sealed));
        String archived = template(platform, company.admin(), "Archived screen");
        assertThat(ApiCall.delete(platform, "/v1/templates/" + archived).token(company.admin()).send().status()).isEqualTo(204);

        JsonNode tests = company.greenhouse().listTests();
        assertThat(tests.findValuesAsText("partner_test_id")).containsExactly(company.template());
        assertThat(tests.findValuesAsText("partner_test_name")).containsExactly("Backend screen");

        String email = "harry-" + UUID.randomUUID() + "@hogwarts.test";
        long person = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
        GreenhouseSimulator.SentTest sent = company.greenhouse().sendTest(company.template(), email, person, person + 7);
        assertThat(company.greenhouse().sendTestAgain(company.template(), email, person, person + 7, sent))
                .as("the same Greenhouse test instance again").isEqualTo(sent.partnerInterviewId());

        JsonNode assignment = ApiCall.get(platform, "/v1/assignments/" + sent.partnerInterviewId()).token(company.admin()).send().json();
        assertThat(assignment.get("externalReference").asText()).isEqualTo("greenhouse-application-" + (person + 7));
        assertThat(Instant.parse(assignment.get("deadline").asText()))
                .isBetween(Instant.now().plus(Duration.ofDays(5)).minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(5)));
        JsonNode candidate = ApiCall.get(platform, "/v1/candidates/" + assignment.get("candidateId").asText()).token(company.admin())
                .send().json();
        assertThat(candidate.get("externalId").asText()).isEqualTo("gh-candidate-" + person);
        assertThat(candidate.get("email").asText()).isEqualTo(email);
        assertThat(ApiCall.get(platform, "/v1/assignments?candidateId=" + candidate.get("id").asText()).token(company.admin()).send()
                .json().get("data")).as("one interview for the repeated send").hasSize(1);

        String invitation = invitationTo(email);
        assertThat(invitation).contains("Company " + company.slug()).contains("Backend screen").contains("artificial intelligence");
        JsonNode invited = company.greenhouse().testStatus(sent.partnerInterviewId());
        assertThat(invited.get("partner_status").asText()).isEqualTo("invited");
        assertThat(invited.get("partner_score").isNull()).isTrue();
        assertThat(invited.get("metadata").get("AIVA template").asText()).isEqualTo("Backend screen");

        InterviewSessionIT.completeFromLaunchUrl(platform, launchLink(invitation), "Repeated reads get faster and the slow system is spared.");

        JsonNode complete = statusAfterPatch(company, sent, 1);
        JsonNode scorecard = ApiCall.get(platform, "/v1/assignments/" + sent.partnerInterviewId() + "/scorecard").token(company.admin())
                .send().json();
        assertThat(complete.get("partner_status").asText()).isEqualTo("complete");
        assertThat(complete.get("partner_score").asInt()).isEqualTo((int) Math.round(100 * scorecard.get("overallScore").asDouble()));
        assertThat(complete.get("partner_profile_url").asText()).endsWith("/admin/assignments/" + sent.partnerInterviewId());
        assertThat(complete.get("metadata").get("Note").asText()).contains("a person decides");
        assertThat(complete.get("metadata").get("Competency: backend").isNumber()).isTrue();

        int ordinal = scorecard.get("questions").get(0).get("ordinal").asInt();
        assertThat(ApiCall.put(platform, "/v1/assignments/" + sent.partnerInterviewId() + "/scorecard/review",
                "{\"decision\":\"hold\",\"overrides\":[{\"ordinal\":" + ordinal + ",\"score\":0.125,\"reason\":\"Vague.\"}]}")
                .token(company.admin()).send().status()).isEqualTo(200);
        JsonNode reviewed = statusAfterPatch(company, sent, 2);
        assertThat(reviewed.get("partner_score").asInt()).as("0.125 rounds half up").isEqualTo(13);
        assertThat(reviewed.get("metadata").get("Reviewed decision").asText()).isEqualTo("hold");
        JsonNode callback = ApiCall.get(platform, "/v1/integrations/greenhouse/callbacks/" + sent.partnerInterviewId())
                .token(company.admin()).send().json();
        assertThat(callback.get("status").asText()).isEqualTo("delivered");
        assertThat(callback.get("reportedScore").asInt()).isEqualTo(13);
    }

    @Test
    void onlyAnActiveKeyOfAnActiveCompanyIsAcceptedAndEveryRefusalIsA401WithABasicChallenge(LocalStack platform) throws Exception {
        Connected company = connected(platform, "gh-keys");
        String second = key(platform, company.admin(), "Greenhouse replacement").get("apiKey").asText();
        ApiCall.Answer third = ApiCall.post(platform, "/v1/integrations/greenhouse/keys", "{\"name\":\"One too many\"}")
                .token(company.admin()).send();
        assertThat(third.status()).as("two keys are active").isEqualTo(409);
        String secondId = ApiCall.get(platform, "/v1/integrations/greenhouse").token(company.admin()).send().json().get("keys")
                .findValues("id").get(0).asText();
        assertThat(ApiCall.delete(platform, "/v1/integrations/greenhouse/keys/" + secondId).token(company.admin()).send().status())
                .isEqualTo(204);

        GreenhouseSimulator simulator = company.greenhouse();
        String forged = "ghk_" + "A".repeat(43) + "." + "B".repeat(43);
        Connected suspended = connected(platform, "gh-suspended");
        new TenantsApi(Platform.apiClient(platform, platform.login().accessToken(DemoUsers.SUPER_ADMIN, DemoUsers.PASSWORD)))
                .suspendTenant(suspended.id(), new TenantSuspension().reason("Contract ended"), null);
        List<String> refused = Arrays.asList(null, "Bearer " + company.admin(), "Basic not-base64!", basic(""), basic(forged),
                basic(second), basic(suspended.apiKey()));
        for (String authorization : refused) {
            HttpResponse<String> answer = simulator.callWith(authorization, "GET", "list_tests", null);
            assertThat(answer.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge -> assertThat(challenge)
                    .startsWith("Basic realm="));
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(simulator.callWith(basic(company.apiKey()), "GET", "list_tests", null).statusCode()).isEqualTo(200);
        assertThat(simulator.callWith("Basic " + Base64.getEncoder().encodeToString((company.apiKey() + ":ignored-password")
                .getBytes(StandardCharsets.UTF_8)), "GET", "list_tests", null).statusCode()).as("a password is ignored").isEqualTo(200);
        JsonNode keys = ApiCall.get(platform, "/v1/integrations/greenhouse").token(company.admin()).send().json().get("keys");
        assertThat(keys.findValuesAsText("hint")).allSatisfy(hint -> assertThat(hint).startsWith("ghk_…").hasSize(11));
        assertThat(keys.toString()).doesNotContain(company.apiKey()).doesNotContain(second);
    }

    @Test
    void anotherCompanysTestsAreNotFoundAndUnusableSendsAreRefusedFieldByField(LocalStack platform) throws Exception {
        Connected company = connected(platform, "gh-isolated");
        Connected other = connected(platform, "gh-other");
        String email = "ron-" + UUID.randomUUID() + "@hogwarts.test";
        GreenhouseSimulator.SentTest sent = company.greenhouse().sendTest(company.template(), email, 4242, 4343);

        assertThat(other.greenhouse().call("GET", "test_status?partner_interview_id=" + sent.partnerInterviewId(), null).statusCode())
                .isEqualTo(404);
        String notFromGreenhouse = AssignmentsIT.assign(platform, company.admin(), AssignmentsIT.candidate(platform, company.admin()),
                company.template()).get("assignment").get("id").asText();
        assertThat(company.greenhouse().call("GET", "test_status?partner_interview_id=" + notFromGreenhouse, null).statusCode())
                .isEqualTo(404);
        assertThat(ApiCall.get(platform, "/v1/integrations/greenhouse/callbacks/" + sent.partnerInterviewId()).token(other.admin())
                .send().status()).isEqualTo(404);
        String companysKey = ApiCall.get(platform, "/v1/integrations/greenhouse").token(company.admin()).send().json().get("keys")
                .get(0).get("id").asText();
        assertThat(ApiCall.delete(platform, "/v1/integrations/greenhouse/keys/" + companysKey).token(other.admin()).send().status())
                .isEqualTo(404);
        assertThat(company.greenhouse().listTests()).as("the key still works").isNotEmpty();

        assertThat(other.greenhouse().call("POST", "send_test", other.greenhouse().sendTestBody(company.template(), email, 1, 2,
                callbackUrl(99)).toString()).statusCode()).as("another company's template").isEqualTo(404);
        assertThat(fields(company.greenhouse().call("POST", "send_test", company.greenhouse().sendTestBody(company.template(), email, 1, 2,
                "https://attacker.example/steal").toString()))).containsExactly("/url");
        ObjectNode withoutEmail = company.greenhouse().sendTestBody(company.template(), email, 1, 2, callbackUrl(100));
        ((ObjectNode) withoutEmail.get("candidate")).remove("email");
        assertThat(fields(company.greenhouse().call("POST", "send_test", withoutEmail.toString()))).containsExactly("/candidate/email");
        assertThat(company.greenhouse().call("POST", "send_test", "{not json").statusCode()).isEqualTo(400);
        ObjectNode numericIds = company.greenhouse().sendTestBody(company.template(), "numbers-" + email, 5, 6, callbackUrl(101));
        assertThat(company.greenhouse().call("POST", "send_test", numericIds.put("partner_test_id", 12345).toString()).statusCode())
                .as("an id sent as a number, naming no test").isEqualTo(404);
    }

    @Test
    void aCompletionWaitsForTheCallbackCredentialAndABusyGreenhouseIsAskedAgain(LocalStack platform) throws Exception {
        Connected company = connected(platform, "gh-retry");
        String email = "hermione-" + UUID.randomUUID() + "@hogwarts.test";
        GreenhouseSimulator.SentTest sent = company.greenhouse().sendTest(company.template(), email, 777, 778);
        greenhouse.stubFor(patch(urlEqualTo(sent.callbackPath())).inScenario(sent.callbackPath())
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        greenhouse.stubFor(patch(urlEqualTo(sent.callbackPath())).inScenario(sent.callbackPath())
                .whenScenarioStateIs("recovered").willReturn(aResponse().withStatus(204)));

        InterviewSessionIT.completeFromLaunchUrl(platform, launchLink(invitationTo(email)), "Repeated reads get faster.");
        String callback = "/v1/integrations/greenhouse/callbacks/" + sent.partnerInterviewId();
        await().atMost(Duration.ofSeconds(60)).until(() -> ApiCall.get(platform, callback).token(company.admin()).send().json()
                .get("status").asText(), "credential_missing"::equals);
        assertThat(ApiCall.get(platform, "/v1/integrations/greenhouse").token(company.admin()).send().json().get("problems").toString())
                .contains("callback_credential_missing");
        greenhouse.verify(0, patchRequestedFor(urlEqualTo(sent.callbackPath())));

        ApiCall.put(platform, "/v1/integrations/greenhouse/settings", "{\"deadlineDays\":7,\"callbackCredential\":\"" + CREDENTIAL + "\"}")
                .token(company.admin()).send();
        JsonNode complete = statusAfterPatch(company, sent, 2);
        assertThat(complete.get("partner_status").asText()).isEqualTo("complete");
        JsonNode delivered = ApiCall.get(platform, callback).token(company.admin()).send().json();
        assertThat(delivered.get("status").asText()).isEqualTo("delivered");
        assertThat(delivered.get("attempts").asInt()).as("503, then 204").isEqualTo(2);
        assertThat(delivered.get("lastStatusCode").asInt()).isEqualTo(204);
    }

    @Test
    void errorsGreenhouseReportsAreKeptForTheCompanyAndAlwaysAnswered200(LocalStack platform) throws Exception {
        Connected company = connected(platform, "gh-errors");
        Connected other = connected(platform, "gh-errors-other");
        HttpResponse<String> reported = company.greenhouse().call("POST", "response_error", """
                {"api_call":"test_status","errors":["partner_status is 'complete' but partner_profile url is missing"],
                 "partner_test_id":12345,"partner_test_name":"Personality Test","partner_interview_id":"299506",
                 "candidate_email":"hpotter@hogwarts.edu","future_field":true}""");
        assertThat(reported.statusCode()).isEqualTo(200);
        assertThat(reported.body()).isEqualTo("{\"status\":200}");
        assertThat(company.greenhouse().call("POST", "response_error", "<html>not json</html>").statusCode()).isEqualTo(200);

        JsonNode errors = ApiCall.get(platform, "/v1/integrations/greenhouse/reported-errors").token(company.admin()).send().json()
                .get("data");
        assertThat(errors.findValuesAsText("apiCall")).containsExactly("unreadable", "test_status");
        assertThat(errors.get(1).get("partnerTestId").asText()).isEqualTo("12345");
        assertThat(errors.get(1).get("errors").get(0).asText()).contains("partner_profile url is missing");
        assertThat(ApiCall.get(platform, "/v1/integrations/greenhouse/reported-errors").token(other.admin()).send().json()
                .get("data")).isEmpty();
    }

    /** A company with an active template and a Greenhouse key, and Greenhouse holding that key. */
    private static String storedCredential(LocalStack platform, UUID company) throws Exception {
        try (Connection database = platform.database().superuserConnection(EmbeddedDatabase.DATABASE);
                PreparedStatement read = database.prepareStatement(
                        "SELECT callback_credential FROM aiva.greenhouse_settings WHERE tenant_id = ?")) {
            read.setObject(1, company);
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private record Connected(UUID id, String slug, String admin, String template, String apiKey, GreenhouseSimulator greenhouse) {
    }

    private static Connected connected(LocalStack platform, String prefix) throws Exception {
        TestCompany company = TestCompany.onboard(platform, prefix);
        String admin = company.adminToken(platform);
        String template = template(platform, admin, "Backend screen");
        String apiKey = key(platform, admin, "Greenhouse production").get("apiKey").asText();
        return new Connected(company.id(), company.slug(), admin, template, apiKey,
                new GreenhouseSimulator(platform, apiKey, greenhouse.port()));
    }

    private static JsonNode key(LocalStack platform, String admin, String name) throws Exception {
        ApiCall.Answer created = ApiCall.post(platform, "/v1/integrations/greenhouse/keys", "{\"name\":\"" + name + "\"}").token(admin).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static String template(LocalStack platform, String admin, String name) throws Exception {
        String question = ApiCall.post(platform, "/v1/questions", QUESTION).token(admin).send().json().get("id").asText();
        return ApiCall.post(platform, "/v1/templates", """
                {"name":"%s","language":"en","answerModes":["text"],"sections":[{"title":"Caching","questionIds":["%s"]}]}"""
                .formatted(name, question)).token(admin).send().json().get("id").asText();
    }

    /** Greenhouse's part after a PATCH, as it documents it: read the test's status straight away. */
    private static JsonNode statusAfterPatch(Connected company, GreenhouseSimulator.SentTest sent, int patches) throws Exception {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> greenhouse.verify(patches, patchRequestedFor(urlEqualTo(sent.callbackPath()))
                .withHeader("Authorization", equalTo(basic(CREDENTIAL)))
                .withHeader("Content-Type", absent())));
        assertThat(greenhouse.findAll(patchRequestedFor(urlEqualTo(sent.callbackPath())))).allSatisfy(request ->
                assertThat(request.getBody()).isEmpty());
        return company.greenhouse().testStatus(sent.partnerInterviewId());
    }

    private static String invitationTo(String email) {
        MimeMessage message = await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(mail.getReceivedMessages())
                .filter(received -> recipient(received).equals(email)).findFirst().orElse(null), found -> found != null);
        assertThat(Arrays.stream(mail.getReceivedMessages()).filter(received -> recipient(received).equals(email))).hasSize(1);
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString().replaceAll(".*<(.*)>", "$1");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String launchLink(String invitation) {
        Matcher link = LAUNCH_LINK.matcher(invitation);
        assertThat(link.find()).as(invitation).isTrue();
        return link.group();
    }

    private static List<String> fields(HttpResponse<String> problem) throws Exception {
        assertThat(problem.statusCode()).as(problem.body()).isEqualTo(400);
        return new ObjectMapper().readTree(problem.body()).get("errors").findValuesAsText("field");
    }

    private static String callbackUrl(int instance) {
        return "http://127.0.0.1:" + greenhouse.port() + "/integrations/testing_partners/take_home_tests/" + instance;
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":").getBytes(StandardCharsets.UTF_8));
    }
}
