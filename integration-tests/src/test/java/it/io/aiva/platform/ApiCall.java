package it.io.aiva.platform;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.aiva.localstack.LocalStack;

/**
 * One raw HTTP call to the API, for tests that look at what the SDK hides: headers, problem
 * documents, replays. Built fluently; {@link #send()} checks the answer against the API's contract
 * and returns its status, headers and parsed body.
 */
final class ApiCall {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack platform;
    private final String base;
    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String body;

    private ApiCall(LocalStack platform, String method, String path) {
        this(platform, "/api", method, path);
    }

    private ApiCall(LocalStack platform, String base, String method, String path) {
        this.platform = platform;
        this.base = base;
        this.method = method;
        this.path = path;
    }

    static ApiCall get(LocalStack platform, String path) {
        return new ApiCall(platform, "GET", path);
    }

    static ApiCall post(LocalStack platform, String path, String body) {
        return new ApiCall(platform, "POST", path).body(body);
    }

    static ApiCall put(LocalStack platform, String path, String body) {
        return new ApiCall(platform, "PUT", path).body(body);
    }

    static ApiCall delete(LocalStack platform, String path) {
        return new ApiCall(platform, "DELETE", path);
    }

    static ApiCall patch(LocalStack platform, String path, String body) {
        return new ApiCall(platform, "PATCH", path).body(body);
    }

    /** A call to the interview session API, at {@code /interview/api}. */
    static ApiCall interview(LocalStack platform, String method, String path, String body) {
        return new ApiCall(platform, "/interview/api", method, path).body(body);
    }

    ApiCall token(String accessToken) {
        return header("Authorization", "Bearer " + accessToken);
    }

    ApiCall header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    private ApiCall body(String json) {
        body = json;
        return this;
    }

    Answer send() throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.baseUri() + base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        HttpResponse<String> response = Platform.send(request.build());
        ContractConformance.check(base, method, path, response);
        return new Answer(response);
    }

    /** What came back. */
    record Answer(HttpResponse<String> response) {

        int status() {
            return response.statusCode();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        JsonNode json() throws Exception {
            return JSON.readTree(response.body());
        }

        String body() {
            return response.body();
        }
    }
}
