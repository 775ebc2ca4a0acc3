package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.aiva.localstack.LocalStack;

/** Each company's question bank: AIVA's library from day one, read-only, to copy and adapt; the company's own questions beside it. */
@ExtendWith(Platform.class)
class QuestionBankIT {

    private static final String OWN_QUESTION = """
            {"type":"technical","competency":"backend","difficulty":3,"language":"en","title":"Retries",
             "prompt":"How do you make a payment endpoint safe to retry?","referenceAnswer":"Idempotency keys ...",
             "rubric":[{"criterion":"Idempotency","weight":2,"good":"Keys stored with the result","poor":"Nothing"}],
             "jobRoles":["backend-engineer"],"tags":["http"],"suggestedMinutes":4}""";

    private static String recruiter;
    private static String otherCompany;

    @BeforeAll
    static void companies(LocalStack platform) throws Exception {
        recruiter = TestCompany.onboard(platform, "bank").adminToken(platform);
        otherCompany = TestCompany.onboard(platform, "bank-other").adminToken(platform);
    }

    @Test
    void aNewCompanyHasTheWholeLibraryInEnglishGermanAndSpanish(LocalStack platform) throws Exception {
        List<JsonNode> english = all(platform, "source=library&language=en");

        assertThat(english).hasSizeGreaterThanOrEqualTo(150);
        assertThat(english.stream().map(question -> question.get("id").asText()).distinct().count()).isEqualTo(english.size());
        assertThat(english).extracting(question -> question.get("competency").asText())
                .contains("backend", "frontend", "data", "devops", "system-design", "leadership", "teamwork", "conflict",
                        "ownership", "communication", "problem-solving");
        assertThat(all(platform, "source=library&language=de")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(all(platform, "source=library&language=es")).hasSizeGreaterThanOrEqualTo(20);
        List<JsonNode> coding = all(platform, "type=coding&language=en");
        assertThat(coding).hasSizeGreaterThanOrEqualTo(15).allSatisfy(question -> {
            assertThat(question.get("coding").get("starterCode").has("python")).isTrue();
            assertThat(question.get("coding").get("tests").findValuesAsText("hidden")).contains("true", "false");
        });
    }

    @Test
    void filtersNarrowTheList(LocalStack platform) throws Exception {
        List<JsonNode> hardBackend = all(platform, "competency=backend&difficulty=5&language=en");
        List<JsonNode> managers = all(platform, "jobRole=engineering-manager");
        List<JsonNode> search = all(platform, "q=IDEMPOTEN");

        assertThat(hardBackend).isNotEmpty().allSatisfy(question -> {
            assertThat(question.get("competency").asText()).isEqualTo("backend");
            assertThat(question.get("difficulty").asInt()).isEqualTo(5);
        });
        assertThat(managers).isNotEmpty().allSatisfy(question -> assertThat(question.get("jobRoles"))
                .extracting(JsonNode::asText).contains("engineering-manager"));
        assertThat(search).isNotEmpty().allSatisfy(question -> assertThat((question.get("title").asText()
                + question.get("prompt").asText()).toLowerCase()).contains("idempoten"));
    }

    @Test
    void aLibraryQuestionIsReadOnlyAndItsCopyIsTheCompanysToEdit(LocalStack platform) throws Exception {
        JsonNode library = ApiCall.get(platform, "/v1/questions?source=library&type=behavioral&language=en&limit=1")
                .token(recruiter).send().json().get("data").get(0);
        String libraryPath = "/v1/questions/" + library.get("id").asText();

        ApiCall.Answer rewrite = ApiCall.put(platform, libraryPath, OWN_QUESTION).token(recruiter).send();
        ApiCall.Answer copy = ApiCall.post(platform, libraryPath + "/copy", null).token(recruiter).send();

        assertThat(rewrite.status()).isEqualTo(409);
        assertThat(copy.status()).isEqualTo(201);
        JsonNode copied = copy.json();
        assertThat(copied.get("source").asText()).isEqualTo("custom");
        assertThat(copied.get("prompt")).isEqualTo(library.get("prompt"));
        assertThat(copied.get("rubric")).isEqualTo(library.get("rubric"));
        assertThat(copied.has("libraryKey")).isFalse();
        String copyPath = "/v1/questions/" + copied.get("id").asText();
        ApiCall.Answer edited = ApiCall.put(platform, copyPath, OWN_QUESTION).token(recruiter).header("If-Match", copy.header("ETag")).send();
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("title").asText()).isEqualTo("Retries");
        assertThat(ApiCall.put(platform, copyPath, OWN_QUESTION).token(recruiter).header("If-Match", copy.header("ETag")).send()
                .status()).as("a stale ETag").isEqualTo(412);
        assertThat(ApiCall.get(platform, libraryPath).token(recruiter).send().json()).isEqualTo(library);
    }

    @Test
    void aCompanysOwnQuestionIsCheckedFieldByField(LocalStack platform) throws Exception {
        ApiCall.Answer created = ApiCall.post(platform, "/v1/questions", OWN_QUESTION).token(recruiter).send();
        ApiCall.Answer codingWithoutTask = ApiCall.post(platform, "/v1/questions", OWN_QUESTION.replace("\"technical\"", "\"coding\""))
                .token(recruiter).send();
        ApiCall.Answer invalid = ApiCall.post(platform, "/v1/questions", """
                {"type":"oral","competency":"Back End","difficulty":6,"language":"english","title":"","prompt":"x","rubric":[]}""")
                .token(recruiter).send();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("source").asText()).isEqualTo("custom");
        assertThat(created.json().get("status").asText()).isEqualTo("active");
        assertThat(codingWithoutTask.status()).isEqualTo(400);
        assertThat(codingWithoutTask.json().get("errors").get(0).get("field").asText()).isEqualTo("/coding");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").findValuesAsText("field")).contains("/type");
        ApiCall.Answer invalidValues = ApiCall.post(platform, "/v1/questions", """
                {"type":"technical","competency":"Back End","difficulty":6,"language":"english","title":" ","prompt":"x","rubric":[]}""")
                .token(recruiter).send();
        assertThat(invalidValues.json().get("errors").findValuesAsText("field"))
                .contains("/competency", "/difficulty", "/language", "/title", "/rubric");
    }

    @Test
    void anArchivedQuestionLeavesTheListButStaysReadable(LocalStack platform) throws Exception {
        String id = ApiCall.post(platform, "/v1/questions", OWN_QUESTION.replace("Retries", "To archive")).token(recruiter).send()
                .json().get("id").asText();

        ApiCall.Answer archived = ApiCall.delete(platform, "/v1/questions/" + id).token(recruiter).send();

        assertThat(archived.status()).isEqualTo(204);
        assertThat(all(platform, "q=to%20archive")).isEmpty();
        assertThat(all(platform, "q=to%20archive&status=archived")).extracting(question -> question.get("id").asText())
                .containsExactly(id);
        assertThat(ApiCall.get(platform, "/v1/questions/" + id).token(recruiter).send().json().get("status").asText())
                .isEqualTo("archived");
    }

    @Test
    void anotherCompanysQuestionIsNotFound(LocalStack platform) throws Exception {
        String path = "/v1/questions/" + ApiCall.post(platform, "/v1/questions", OWN_QUESTION).token(recruiter).send().json()
                .get("id").asText();

        assertThat(ApiCall.get(platform, path).token(otherCompany).send().status()).isEqualTo(404);
        assertThat(ApiCall.put(platform, path, OWN_QUESTION).token(otherCompany).send().status()).isEqualTo(404);
        assertThat(ApiCall.post(platform, path + "/copy", null).token(otherCompany).send().status()).isEqualTo(404);
        assertThat(ApiCall.delete(platform, path).token(otherCompany).send().status()).isEqualTo(404);
        assertThat(ApiCall.get(platform, path).token(recruiter).send().json().get("status").asText()).isEqualTo("active");
    }

    /** Every page of a filtered list, checking that no question shows twice. */
    private static List<JsonNode> all(LocalStack platform, String query) throws Exception {
        List<JsonNode> questions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String cursor = null;
        do {
            JsonNode page = ApiCall.get(platform, "/v1/questions?limit=100&" + query + (cursor == null ? "" : "&cursor=" + cursor))
                    .token(recruiter).send().json();
            for (JsonNode question : page.get("data")) {
                assertThat(seen.add(question.get("id").asText())).as("question shown twice").isTrue();
                questions.add(question);
            }
            cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return questions;
    }
}
