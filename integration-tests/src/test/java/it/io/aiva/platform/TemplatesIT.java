package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.aiva.localstack.LocalStack;

/** Interview templates: plans checked against the company's own bank, versioned, archived, kept to the company. */
@ExtendWith(Platform.class)
class TemplatesIT {

    private static String recruiter;
    private static String otherCompany;

    @BeforeAll
    static void companies(LocalStack platform) throws Exception {
        recruiter = TestCompany.onboard(platform, "tmpl").adminToken(platform);
        otherCompany = TestCompany.onboard(platform, "tmpl-other").adminToken(platform);
    }

    @Test
    void aTemplateMixesFixedQuestionsAndRulesAndCountsItsQuestions(LocalStack platform) throws Exception {
        String coding = firstQuestion(platform, recruiter, "type=coding&language=en");

        ApiCall.Answer created = ApiCall.post(platform, "/v1/templates", template("Backend screen", "en", coding, 3))
                .token(recruiter).send();

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode template = created.json();
        assertThat(template.get("questionCount").asInt()).isEqualTo(4);
        assertThat(template.get("status").asText()).isEqualTo("active");
        assertThat(template.get("avatar").get("provider").asText()).isEqualTo("browser");
        assertThat(template.get("sections").get(1).get("rule").get("startDifficulty").asInt()).isEqualTo(3);
        String path = "/v1/templates/" + template.get("id").asText();
        assertThat(ApiCall.get(platform, path).token(recruiter).send().json()).isEqualTo(template);
        ApiCall.Answer renamed = ApiCall.put(platform, path, template("Backend screen v2", "en", coding, 2)).token(recruiter)
                .header("If-Match", created.header("ETag")).send();
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("questionCount").asInt()).isEqualTo(3);
        assertThat(ApiCall.put(platform, path, template("Lost update", "en", coding, 2)).token(recruiter)
                .header("If-Match", created.header("ETag")).send().status()).isEqualTo(412);
        assertThat(ApiCall.delete(platform, path).token(recruiter).send().status()).isEqualTo(204);
        assertThat(ApiCall.get(platform, "/v1/templates?status=archived").token(recruiter).send().json().get("data")
                .findValuesAsText("id")).contains(template.get("id").asText());
    }

    @Test
    void aPlanThatCannotBeRunIsRefusedFieldByField(LocalStack platform) throws Exception {
        String german = firstQuestion(platform, recruiter, "language=de");
        String foreign = firstQuestion(platform, otherCompany, "language=en");

        ApiCall.Answer refused = ApiCall.post(platform, "/v1/templates", """
                {"name":"Broken","language":"en","answerModes":["voice"],"sections":[
                  {"title":"Both","questionIds":["%s"],"rule":{"count":1}},
                  {"title":"Fixed","questionIds":["%s","%s"]},
                  {"title":"Too many","rule":{"count":20,"competencies":["conflict"],"types":["behavioral"],"minDifficulty":5}},
                  {"title":"Inverted","rule":{"count":1,"minDifficulty":4,"maxDifficulty":2}}]}"""
                .formatted(german, german, foreign)).token(recruiter).send();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "/sections/0", "/sections/1/questionIds/0", "/sections/1/questionIds/1", "/sections/2/rule/count",
                "/sections/3/rule/minDifficulty");
        assertThat(ApiCall.post(platform, "/v1/templates", "{\"name\":\"\",\"language\":\"en\",\"answerModes\":[],\"sections\":[]}")
                .token(recruiter).send().json().get("errors").findValuesAsText("field"))
                .contains("/name", "/answerModes", "/sections");
    }

    @Test
    void jobRolesAreListedAndAnotherCompanysTemplateIsNotFound(LocalStack platform) throws Exception {
        String path = "/v1/templates/" + ApiCall.post(platform, "/v1/templates",
                template("Private", "en", firstQuestion(platform, recruiter, "type=coding&language=en"), 1))
                .token(recruiter).send().json().get("id").asText();

        assertThat(ApiCall.get(platform, "/v1/job-roles").token(otherCompany).send().json().get("data").findValuesAsText("key"))
                .contains("backend-engineer", "engineering-manager");
        assertThat(ApiCall.get(platform, path).token(otherCompany).send().status()).isEqualTo(404);
        assertThat(ApiCall.put(platform, path, template("Taken", "en", firstQuestion(platform, otherCompany,
                "type=coding&language=en"), 1)).token(otherCompany).send().status()).isEqualTo(404);
        assertThat(ApiCall.delete(platform, path).token(otherCompany).send().status()).isEqualTo(404);
        assertThat(ApiCall.get(platform, "/v1/templates").token(otherCompany).send().json().get("data").findValuesAsText("id"))
                .doesNotContain(path.substring(path.lastIndexOf('/') + 1));
    }

    static String template(String name, String language, String codingQuestion, int adaptiveCount) {
        return """
                {"name":"%s","description":"First interview","jobRole":"backend-engineer","language":"%s",
                 "answerModes":["voice","text","code"],"timeLimitMinutes":45,"sections":[
                  {"title":"Coding","questionIds":["%s"],"questionTimeLimitSeconds":1200},
                  {"title":"Backend","rule":{"count":%d,"types":["technical"],"competencies":["backend","system-design"],
                   "minDifficulty":2,"maxDifficulty":4,"adaptive":true}}]}"""
                .formatted(name, language, codingQuestion, adaptiveCount);
    }

    static String firstQuestion(LocalStack platform, String token, String query) throws Exception {
        return ApiCall.get(platform, "/v1/questions?limit=1&" + query).token(token).send().json().get("data").get(0)
                .get("id").asText();
    }
}
