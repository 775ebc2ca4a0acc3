package io.aiva.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Durable answer submission under load, which wrk cannot drive: every answer is a new row for the
 * question a session is waiting on, so each of the 50 workers takes an open interview, answers its
 * questions one after the other (each answer's response names the next question), and takes the
 * next interview. The interviews are prepared before the clock starts, through the API as a
 * company's system and candidates would.
 */
final class AnswerLoad {

    static final int WORKERS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI platform;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** An interview opened and consented to: its assignment, its session token and the question waiting for an answer. */
    record Interview(String assignmentId, String sessionToken, String questionId) {
    }

    AnswerLoad(URI platform) {
        this.platform = platform;
    }

    /**
     * Opens {@code count} interviews of {@code templateId} for {@code candidateId}, as the API client
     * whose token is given.
     */
    Queue<Interview> prepare(int count, String clientToken, String candidateId, String templateId)
            throws IOException, InterruptedException {
        Queue<Interview> interviews = new ConcurrentLinkedQueue<>();
        ExecutorService preparers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Interview>> opened = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                opened.add(preparers.submit(() -> open(clientToken, candidateId, templateId)));
            }
            for (Future<Interview> interview : opened) {
                interviews.add(interview.get());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("preparing the interviews to answer: " + e.getCause().getMessage(), e.getCause());
        } finally {
            preparers.shutdownNow();
        }
        return interviews;
    }

    /** Answers the interviews with {@link #WORKERS} workers until they are all answered or {@code limit} is over. */
    WrkResult run(Queue<Interview> interviews, Duration limit) throws InterruptedException, IOException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failures = new AtomicLong();
        long started = System.nanoTime();
        long deadline = started + limit.toNanos();
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                running.add(workers.submit(() -> {
                    for (Interview interview = interviews.poll(); interview != null && System.nanoTime() < deadline;
                            interview = interviews.poll()) {
                        String question = interview.questionId();
                        while (question != null && System.nanoTime() < deadline) {
                            long sent = System.nanoTime();
                            HttpResponse<String> answered = send(HttpRequest.newBuilder(
                                    platform.resolve("/interview/api/session/questions/" + question + "/answers/1"))
                                    .header("Authorization", "Bearer " + interview.sessionToken())
                                    .header("Content-Type", "application/json")
                                    .PUT(HttpRequest.BodyPublishers.ofString("{\"mode\":\"text\",\"text\":\"An answer about"
                                            + " caching, consistency and idempotent retries.\",\"startedAt\":\"" + Instant.now()
                                            + "\",\"durationMs\":45000}")).build());
                            latencies.add(System.nanoTime() - sent);
                            if (answered.statusCode() != 201) {
                                failures.incrementAndGet();
                                break;
                            }
                            question = JSON.readTree(answered.body()).path("currentQuestion").path("id").asText(null);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("answering under load: " + e.getCause().getMessage(), e.getCause());
        } finally {
            workers.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Latencies answered = new Latencies(latencies);
        return new WrkResult(answered.count(), answered.count() / seconds, answered.percentile(50), answered.percentile(99),
                failures.get(), WrkResult.SocketErrors.NONE);
    }

    private Interview open(String clientToken, String candidateId, String templateId) throws IOException, InterruptedException {
        JsonNode assigned = JSON.readTree(expect(201, send(HttpRequest.newBuilder(platform.resolve("/api/v1/assignments"))
                .header("Authorization", "Bearer " + clientToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(BenchmarkCompany.assignmentBody(candidateId, templateId))).build())));
        String url = assigned.path("launchUrl").asText();
        JsonNode launched = JSON.readTree(expect(201, send(HttpRequest.newBuilder(platform.resolve("/interview/api/launch"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + url.substring(url.indexOf('#') + 1) + "\"}")).build())));
        String session = launched.path("sessionToken").asText();
        JsonNode state = JSON.readTree(expect(200, send(HttpRequest.newBuilder(platform.resolve("/interview/api/session/consent"))
                .header("Authorization", "Bearer " + session).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"aiNoticeVersion\":\""
                        + launched.path("state").path("aiNotice").path("version").asText() + "\",\"recordingConsent\":false}"))
                .build())));
        return new Interview(assigned.path("assignment").path("id").asText(), session,
                state.path("currentQuestion").path("id").asText());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String expect(int status, HttpResponse<String> response) throws IOException {
        if (response.statusCode() != status) {
            throw new IOException(response.request().method() + " " + response.request().uri() + " answered HTTP "
                    + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
