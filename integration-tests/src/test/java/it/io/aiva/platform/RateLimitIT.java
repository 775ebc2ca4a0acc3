package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.aiva.localstack.LocalStack;
import io.aiva.sdk.api.ApiClientsApi;
import io.aiva.sdk.model.ApiClientCreate;
import io.aiva.sdk.model.ApiClientCredentials;

/**
 * Each caller has its own rate limit (the tests run the platform with bursts of 100 and 5 a
 * second): an API client or a candidate's session over it gets 429 with Retry-After, and other
 * callers are not slowed.
 */
@ExtendWith(Platform.class)
class RateLimitIT {

    @Test
    void aCallerOverItsLimitGets429WithRetryAfterAndOthersAreNotAffected(LocalStack platform) throws Exception {
        TestCompany company = TestCompany.onboard(platform, "rate");
        String admin = company.adminToken(platform);
        ApiClientCredentials client = new ApiClientsApi(Platform.apiClient(platform, admin))
                .createApiClient(new ApiClientCreate().name("Busy ATS"), null);
        String busy = platform.login().clientToken(client.getClient().getClientId(), client.getClientSecret());

        ApiCall.Answer firstAnswer = ApiCall.get(platform, "/v1/company").token(busy).send();
        ApiCall.Answer limited = hammerUntilLimited(() -> ApiCall.get(platform, "/v1/company").token(busy));

        assertThat(firstAnswer.header("RateLimit-Limit")).isEqualTo("100");
        assertThat(Integer.parseInt(firstAnswer.header("RateLimit-Remaining"))).isBetween(0, 99);
        assertThat(limited).as("429 within 400 requests").isNotNull();
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isPositive();
        assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
        assertThat(limited.json().get("code").asText()).isEqualTo("rate_limited");
        assertThat(ApiCall.get(platform, "/v1/company").token(admin).send().status()).isEqualTo(200);
    }

    @Test
    void aCandidateSessionOverItsLimitGets429AndOtherSessionsAreNotAffected(LocalStack platform) throws Exception {
        String recruiter = TestCompany.onboard(platform, "rate-session").adminToken(platform);
        String template = ApiCall.post(platform, "/v1/templates", TemplatesIT.template("Screen", "en",
                TemplatesIT.firstQuestion(platform, recruiter, "type=coding&language=en"), 1)).token(recruiter).send().json()
                .get("id").asText();
        String busy = session(platform, recruiter, template);
        String calm = session(platform, recruiter, template);

        ApiCall.Answer limited = hammerUntilLimited(() -> ApiCall.interview(platform, "GET", "/session", null).token(busy));

        assertThat(limited).as("429 within 400 requests").isNotNull();
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isPositive();
        assertThat(limited.json().get("code").asText()).isEqualTo("rate_limited");
        assertThat(ApiCall.interview(platform, "GET", "/session", null).token(calm).send().status()).isEqualTo(200);
    }

    private static String session(LocalStack platform, String recruiter, String template) throws Exception {
        String url = AssignmentsIT.assign(platform, recruiter, AssignmentsIT.candidate(platform, recruiter), template)
                .get("launchUrl").asText();
        return ApiCall.interview(platform, "POST", "/launch", "{\"token\":\"" + url.substring(url.indexOf('#') + 1) + "\"}")
                .send().json().get("sessionToken").asText();
    }

    /** Up to 400 requests from four threads; the first 429 seen, or null. */
    private static ApiCall.Answer hammerUntilLimited(Callable<ApiCall> call) throws Exception {
        AtomicBoolean limitedSeen = new AtomicBoolean();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<ApiCall.Answer>> answers = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                answers.add(threads.submit(() -> {
                    for (int request = 0; request < 100 && !limitedSeen.get(); request++) {
                        ApiCall.Answer answer = call.call().send();
                        if (answer.status() == 429) {
                            limitedSeen.set(true);
                            return answer;
                        }
                        assertThat(answer.status()).isEqualTo(200);
                    }
                    return null;
                }));
            }
            for (Future<ApiCall.Answer> answer : answers) {
                if (answer.get() != null) {
                    return answer.get();
                }
            }
            return null;
        } finally {
            threads.shutdownNow();
        }
    }
}
