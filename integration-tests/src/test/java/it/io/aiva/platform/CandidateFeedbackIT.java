package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.aiva.localstack.LocalStack;
import it.io.aiva.platform.InterviewSessionIT.TakenInterview;

/**
 * A company chooses whether its candidates read their scorecard's suggestions; when it does, a
 * candidate reads them (and nothing else of the scorecard) once the interview is scored.
 */
@ExtendWith(Platform.class)
class CandidateFeedbackIT {

    private static final String ANSWER = "I would add a cache.";
    private static String admin;
    private static String template;

    @BeforeAll
    static void company(LocalStack platform) throws Exception {
        admin = TestCompany.onboard(platform, "feedback").adminToken(platform);
        String question = TemplatesIT.firstQuestion(platform, admin, "type=technical&language=en");
        template = ApiCall.post(platform, "/v1/templates", TemplatesIT.template("Feedback", "en", question, 1)).token(admin).send()
                .json().get("id").asText();
    }

    @Test
    void aCompanyThatSharesFeedbackLetsItsCandidatesReadTheSuggestionsAndNothingElse(LocalStack platform) throws Exception {
        JsonNode settings = ApiCall.get(platform, "/v1/company/settings").token(admin).send().json();
        assertThat(settings.get("candidatesSeeSuggestions").asBoolean()).as("not shared unless the company chooses").isFalse();
        TakenInterview before = InterviewSessionIT.takenInterview(platform, admin, template, ANSWER, true);
        ApiCall.Answer notShared = feedback(platform, before.sessionToken());
        assertThat(notShared.status()).isEqualTo(404);
        assertThat(notShared.json().get("detail").asText()).contains("does not share feedback");

        ApiCall.Answer shared = ApiCall.put(platform, "/v1/company/settings",
                "{\"analysisProvider\":\"builtin\",\"candidatesSeeSuggestions\":true}").token(admin).send();
        assertThat(shared.status()).as(shared.body()).isEqualTo(200);
        assertThat(shared.json().get("candidatesSeeSuggestions").asBoolean()).isTrue();
        TakenInterview taken = InterviewSessionIT.takenInterview(platform, admin, template, ANSWER, true);

        JsonNode ready = await().atMost(Duration.ofSeconds(60)).until(() -> feedback(platform, taken.sessionToken()).json(),
                read -> read.get("status").asText().equals("ready"));
        JsonNode scorecard = ApiCall.get(platform, "/v1/assignments/" + taken.assignmentId() + "/scorecard").token(admin).send()
                .json();
        assertThat(ready.get("questions")).hasSameSizeAs(scorecard.get("questions"));
        for (int i = 0; i < scorecard.get("questions").size(); i++) {
            JsonNode scored = scorecard.get("questions").get(i);
            JsonNode read = ready.get("questions").get(i);
            assertThat(read.get("ordinal").asInt()).isEqualTo(scored.get("ordinal").asInt());
            assertThat(read.get("title").asText()).isEqualTo(scored.get("title").asText());
            assertThat(read.get("suggestion").asText()).isEqualTo(scored.get("suggestion").asText()).isNotBlank();
            assertThat(read.fieldNames()).toIterable().as("no score, criteria or evidence")
                    .containsExactlyInAnyOrder("ordinal", "title", "suggestion");
        }
        assertThat(ready.fieldNames()).toIterable().containsExactlyInAnyOrder("status", "questions");
        assertThat(feedback(platform, before.sessionToken()).json().get("status").asText())
                .as("shared from then on, for interviews already scored too").isEqualTo("ready");
    }

    @Test
    void feedbackWaitsForTheInterviewToBeCompletedAndASessionReadsOnlyItsOwn(LocalStack platform) throws Exception {
        assertThat(ApiCall.put(platform, "/v1/company/settings", "{\"analysisProvider\":\"builtin\",\"candidatesSeeSuggestions\":true}")
                .token(admin).send().status()).isEqualTo(200);
        TakenInterview unfinished = InterviewSessionIT.takenInterview(platform, admin, template, ANSWER, false);

        ApiCall.Answer early = feedback(platform, unfinished.sessionToken());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asText()).contains("once the interview is completed");
        assertThat(feedback(platform, "not-a-session").status()).isEqualTo(401);
        String otherAdmin = TestCompany.onboard(platform, "feedback-other").adminToken(platform);
        String otherQuestion = TemplatesIT.firstQuestion(platform, otherAdmin, "type=technical&language=en");
        String otherTemplate = ApiCall.post(platform, "/v1/templates", TemplatesIT.template("Other", "en", otherQuestion, 1))
                .token(otherAdmin).send().json().get("id").asText();
        TakenInterview elsewhere = InterviewSessionIT.takenInterview(platform, otherAdmin, otherTemplate, ANSWER, true);
        assertThat(feedback(platform, elsewhere.sessionToken()).status())
                .as("the other company shares nothing, whatever this one chose").isEqualTo(404);
    }

    private static ApiCall.Answer feedback(LocalStack platform, String sessionToken) throws Exception {
        return ApiCall.interview(platform, "GET", "/session/feedback", null).token(sessionToken).send();
    }
}
