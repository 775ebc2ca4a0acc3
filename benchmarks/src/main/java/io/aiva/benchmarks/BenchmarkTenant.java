package io.aiva.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The company whose record the database-backed endpoint reads, onboarded through the public API as an operator does. */
final class BenchmarkTenant {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchmarkTenant() {
    }

    /** Onboards a company with a slug of its own and returns the tenant's id. */
    static String onboard(URI platform, String operatorToken) throws IOException, InterruptedException {
        String slug = "bench-" + Long.toString(System.currentTimeMillis(), 36);
        ObjectNode request = JSON.createObjectNode().put("name", "Benchmark " + slug).put("slug", slug);
        request.putObject("firstAdmin").put("email", "admin@" + slug + ".test").put("firstName", "Bench")
                .put("lastName", "Admin");
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(platform.resolve("/api/v1/tenants"))
                        .header("Authorization", "Bearer " + operatorToken)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(request.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IOException("onboarding the benchmark's company: POST /api/v1/tenants answered HTTP "
                    + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).path("tenant").path("id").asText();
    }
}
