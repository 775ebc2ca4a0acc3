package io.aiva.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How long a company waits for a scorecard: from the response to the candidate's
 * {@code POST /interview/api/session/complete} until {@code GET /api/v1/assignments/{id}/scorecard}
 * answers {@code ready}, which covers scheduling the scoring job in the completion's transaction, the
 * scheduler picking it up, the analysis and writing the scorecard. Interviews are completed one at a
 * time, so each scoring runs alone, as on a quiet server, and each after a random pause (untimed, up
 * to a polling interval): completed one right after the other, each would come the same time after
 * one of the scheduler's polls (the one that scored the previous interview), and every figure would
 * be about a polling interval.
 */
final class ScorecardLatency {

    /** Often enough that polling adds little to the figure, rarely enough that it does not load the server. */
    static final Duration POLL_EVERY = Duration.ofMillis(25);
    /** Longer than any scoring should take; a scorecard still pending then is an error, not a figure. */
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI platform;
    private final Duration jobsPolling;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** @param jobsPolling the server's interval between two polls for due jobs */
    ScorecardLatency(URI platform, Duration jobsPolling) {
        this.platform = platform;
        this.jobsPolling = jobsPolling;
    }

    /** Completes each of the answered interviews and waits for its scorecard, as the company whose tokens are given. */
    Latencies measure(List<AnswerLoad.Interview> answered, AccessTokens company) throws IOException, InterruptedException {
        List<Long> latencies = new ArrayList<>();
        Random pauses = new Random(5);
        for (AnswerLoad.Interview interview : answered) {
            String token = company.lasting(GIVE_UP_AFTER);
            Thread.sleep(pauses.nextLong(jobsPolling.toMillis()));
            expectOk(http.send(HttpRequest.newBuilder(platform.resolve("/interview/api/session/complete"))
                    .header("Authorization", "Bearer " + interview.sessionToken())
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()));
            long completed = System.nanoTime();
            HttpRequest scorecard = HttpRequest.newBuilder(platform.resolve("/api/v1/assignments/" + interview.assignmentId()
                    + "/scorecard")).header("Authorization", "Bearer " + token).build();
            while (!"ready".equals(JSON.readTree(expectOk(http.send(scorecard, HttpResponse.BodyHandlers.ofString())))
                    .path("status").asText())) {
                if (System.nanoTime() - completed > GIVE_UP_AFTER.toNanos()) {
                    throw new IOException("the scorecard of assignment " + interview.assignmentId() + " was not ready "
                            + GIVE_UP_AFTER.toSeconds() + " s after the interview was completed");
                }
                Thread.sleep(POLL_EVERY.toMillis());
            }
            latencies.add(System.nanoTime() - completed);
        }
        return new Latencies(latencies);
    }

    private static String expectOk(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException(response.request().method() + " " + response.request().uri() + " answered HTTP "
                    + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
