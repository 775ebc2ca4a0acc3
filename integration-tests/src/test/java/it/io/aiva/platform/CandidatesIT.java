package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.aiva.localstack.LocalStack;
import io.aiva.sdk.api.ApiClientsApi;
import io.aiva.sdk.model.ApiClientCreate;
import io.aiva.sdk.model.ApiClientCredentials;

/** Candidates through the API: created by a company's system, read, changed with ETags, listed, kept to their company. */
@ExtendWith(Platform.class)
class CandidatesIT {

    private static String integration;
    private static String admin;
    private static String otherCompanyAdmin;

    @BeforeAll
    static void companies(LocalStack platform) throws Exception {
        TestCompany company = TestCompany.onboard(platform, "cand");
        admin = company.adminToken(platform);
        ApiClientCredentials client = new ApiClientsApi(Platform.apiClient(platform, admin))
                .createApiClient(new ApiClientCreate().name("ATS"), null);
        integration = platform.login().clientToken(client.getClient().getClientId(), client.getClientSecret());
        otherCompanyAdmin = TestCompany.onboard(platform, "cand-other").adminToken(platform);
    }

    @Test
    void anApiClientCreatesACandidateThatAnyoneOfTheCompanyReads(LocalStack platform) throws Exception {
        String externalId = "ext-" + UUID.randomUUID();

        ApiCall.Answer created = ApiCall.post(platform, "/v1/candidates", """
                {"firstName":" Grace ","lastName":"Hopper","email":"Grace.Hopper@Example.com","externalId":"%s","phone":"+1 555 0100"}"""
                .formatted(externalId)).token(integration).send();

        assertThat(created.status()).isEqualTo(201);
        JsonNode candidate = created.json();
        assertThat(candidate.get("firstName").asText()).isEqualTo("Grace");
        assertThat(candidate.get("externalId").asText()).isEqualTo(externalId);
        assertThat(created.header("Location")).endsWith("/api/v1/candidates/" + candidate.get("id").asText());
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        ApiCall.Answer read = ApiCall.get(platform, "/v1/candidates/" + candidate.get("id").asText()).token(admin).send();
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(candidate);
        assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));
    }

    @Test
    void aChangeWithTheCurrentETagAppliesAndAStaleOneIsRefusedWith412(LocalStack platform) throws Exception {
        String id = create(platform, "Alan", "Turing", null).get("id").asText();
        ApiCall.Answer first = ApiCall.patch(platform, "/v1/candidates/" + id, "{\"lastName\":\"Turing-Smith\"}")
                .token(admin).header("If-Match", "\"1\"").send();

        ApiCall.Answer stale = ApiCall.patch(platform, "/v1/candidates/" + id, "{\"firstName\":\"A.\"}")
                .token(integration).header("If-Match", "\"1\"").send();

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("lastName").asText()).isEqualTo("Turing-Smith");
        assertThat(first.json().get("firstName").asText()).as("fields not sent stay").isEqualTo("Alan");
        assertThat(first.header("ETag")).isEqualTo("\"2\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(stale.json().get("code").asText()).isEqualTo("precondition_failed");
        assertThat(stale.header("ETag")).isEqualTo("\"2\"");
        assertThat(ApiCall.get(platform, "/v1/candidates/" + id).token(admin).send().json().get("firstName").asText())
                .isEqualTo("Alan");
        ApiCall.Answer unconditional = ApiCall.patch(platform, "/v1/candidates/" + id, "{\"firstName\":\"Alan M.\"}")
                .token(admin).send();
        assertThat(unconditional.status()).isEqualTo(200);
        assertThat(unconditional.header("ETag")).isEqualTo("\"3\"");
        assertThat(ApiCall.patch(platform, "/v1/candidates/" + id, "{\"firstName\":\"X\"}").token(admin)
                .header("If-Match", "3").send().status()).as("an If-Match that is no ETag").isEqualTo(400);
    }

    @Test
    void eachInvalidFieldIsNamedInTheProblem(LocalStack platform) throws Exception {
        ApiCall.Answer invalid = ApiCall.post(platform, "/v1/candidates", """
                {"firstName":"   ","email":"not-an-email","externalId":"%s","phone":"call me"}"""
                .formatted("x".repeat(201))).token(integration).send();

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("code").asText()).isEqualTo("validation_failed");
        List<String> fields = new ArrayList<>();
        invalid.json().get("errors").forEach(error -> fields.add(error.get("field").asText() + ": " + error.get("reason").asText()));
        assertThat(fields).contains("/firstName: must not be blank", "/lastName: is required")
                .anyMatch(field -> field.startsWith("/email: "))
                .anyMatch(field -> field.startsWith("/externalId: "))
                .anyMatch(field -> field.startsWith("/phone: "));
        assertThat(ApiCall.post(platform, "/v1/candidates", "{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"a@b.example\","
                + "\"nickname\":\"x\"}").token(integration).send().status()).as("an unknown field").isEqualTo(400);
        assertThat(ApiCall.patch(platform, "/v1/candidates/" + create(platform, "Ok", "Person", null).get("id").asText(),
                "{\"email\":\"nope\"}").token(admin).send().status()).isEqualTo(400);
    }

    @Test
    void anAtsIdIsUniqueWithinTheCompanyOnly(LocalStack platform) throws Exception {
        String externalId = "dup-" + UUID.randomUUID();
        create(platform, "First", "Holder", externalId);

        ApiCall.Answer duplicate = ApiCall.post(platform, "/v1/candidates",
                "{\"firstName\":\"Second\",\"lastName\":\"Holder\",\"email\":\"s@h.example\",\"externalId\":\"" + externalId + "\"}")
                .token(admin).send();
        ApiCall.Answer otherCompany = ApiCall.post(platform, "/v1/candidates",
                "{\"firstName\":\"Other\",\"lastName\":\"Company\",\"email\":\"o@c.example\",\"externalId\":\"" + externalId + "\"}")
                .token(otherCompanyAdmin).send();

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("errors").get(0).get("field").asText()).isEqualTo("/externalId");
        assertThat(otherCompany.status()).isEqualTo(201);
    }

    @Test
    void theListPagesNewestFirstAndFilters(LocalStack platform) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(0, create(platform, "Page" + i, tag, "page-" + tag + "-" + i).get("id").asText());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = ApiCall.get(platform, "/v1/candidates?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .token(integration).send().json();
            page.get("data").forEach(candidate -> {
                if (candidate.get("lastName").asText().equals(tag)) {
                    seen.add(candidate.get("id").asText());
                }
            });
            cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
            pages++;
        } while (cursor != null && pages < 100);

        assertThat(seen).containsExactlyElementsOf(created);
        JsonNode byExternalId = ApiCall.get(platform, "/v1/candidates?externalId=page-" + tag + "-3").token(admin).send().json();
        assertThat(byExternalId.get("data")).hasSize(1);
        assertThat(byExternalId.get("data").get(0).get("firstName").asText()).isEqualTo("Page3");
        JsonNode byEmail = ApiCall.get(platform, "/v1/candidates?email=PAGE2." + tag + "@EXAMPLE.com").token(admin).send().json();
        assertThat(byEmail.get("data")).extracting(candidate -> candidate.get("firstName").asText()).containsExactly("Page2");
        ApiCall.Answer badCursor = ApiCall.get(platform, "/v1/candidates?cursor=bm90LWEtY3Vyc29y").token(admin).send();
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.json().get("errors").get(0).get("field").asText()).isEqualTo("cursor");
        assertThat(ApiCall.get(platform, "/v1/candidates?limit=0").token(admin).send().status()).isEqualTo(400);
    }

    @Test
    void anotherCompanysCandidateIsNotFoundAndNeverListed(LocalStack platform) throws Exception {
        JsonNode candidate = create(platform, "Private", "Person", "private-" + UUID.randomUUID());
        String path = "/v1/candidates/" + candidate.get("id").asText();

        ApiCall.Answer read = ApiCall.get(platform, path).token(otherCompanyAdmin).send();
        ApiCall.Answer change = ApiCall.patch(platform, path, "{\"firstName\":\"Stolen\"}").token(otherCompanyAdmin).send();
        JsonNode listed = ApiCall.get(platform, "/v1/candidates?externalId=" + candidate.get("externalId").asText())
                .token(otherCompanyAdmin).send().json();

        assertThat(read.status()).isEqualTo(404);
        assertThat(change.status()).isEqualTo(404);
        assertThat(listed.get("data")).isEmpty();
        assertThat(ApiCall.get(platform, path).token(admin).send().json().get("firstName").asText()).isEqualTo("Private");
    }

    private static JsonNode create(LocalStack platform, String firstName, String lastName, String externalId) throws Exception {
        String email = (firstName + "." + lastName + "@example.com").toLowerCase();
        ApiCall.Answer created = ApiCall.post(platform, "/v1/candidates", "{\"firstName\":\"" + firstName + "\",\"lastName\":\""
                + lastName + "\",\"email\":\"" + email + "\"" + (externalId == null ? "" : ",\"externalId\":\"" + externalId + "\"")
                + "}").token(integration).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }
}
