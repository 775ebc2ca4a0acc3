package io.aiva.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a child server to answer 200 at a URL. Polling is the only way to learn that another
 * process is ready; the deadline only bounds a broken start.
 */
final class HealthPoller {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private HealthPoller() {
    }

    static void awaitOk(String server, Process process, URI uri, Duration limit, Path log)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(limit);
        String lastAnswer = "no answer";
        String logHint = log == null ? "" : " (see " + log + ")";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException(server + " exited with status " + process.exitValue() + logHint);
            }
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                lastAnswer = response.statusCode() + " " + response.body();
            } catch (IOException notListeningYet) {
                lastAnswer = notListeningYet.toString();
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new IOException(server + " did not answer 200 at " + uri + " within " + limit.toSeconds()
                + " s; last answer: " + lastAnswer + logHint);
    }
}
