package io.aiva.core.code;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.aiva.core.code.TestOutcome.Verdict;
import io.aiva.core.question.CodeTest;
import io.aiva.core.question.CodingTask;

/**
 * Runs a coding answer on Judge0 CE: one submission per test, sent in batches, then the batches read
 * again until no test is in queue or processing. Judge0 itself compares standard output with the
 * expected output (trailing spaces on a line and trailing blank lines do not count, as for our tests).
 * Text travels Base64-encoded both ways, so any byte a program prints arrives intact.
 *
 * <p>Follows the Judge0 CE API as documented at <a href="https://ce.judge0.com">ce.judge0.com</a>
 * (sources in github.com/judge0/judge0 {@code docs/api}): the submission attributes
 * ({@code cpu_time_limit} and {@code wall_time_limit} in seconds, {@code memory_limit} in kilobytes),
 * "Create a Submission Batch" ({@code POST /submissions/batch?base64_encoded=true}, answered with one
 * {@code {"token"}} per submission), "Get a Submission Batch" ({@code GET /submissions/batch?tokens=…})
 * and the statuses of {@code GET /statuses} (1 In Queue … 14 Exec Format Error). Authentication: a
 * self-hosted instance's {@code AUTHN_HEADER}/{@code AUTHN_TOKEN} (judge0.conf), or RapidAPI's
 * {@code X-RapidAPI-Key} and {@code X-RapidAPI-Host}.
 */
public final class Judge0CodeRunner implements CodeRunner {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESULT_FIELDS = "token,status,stdout,stderr,compile_output,message,time,memory";
    private static final int IN_QUEUE = 1;
    private static final int PROCESSING = 2;
    private static final int INTERNAL_ERROR = 13;
    private static final int LAST_STATUS = 14;
    private static final int MAX_DETAIL_CHARS = 200;

    private final Judge0Settings settings;
    private final Clock clock;
    private final Pause pause;
    private final HttpClient client;

    public Judge0CodeRunner(Judge0Settings settings) {
        this(settings, Clock.systemUTC(), interval -> Thread.sleep(interval.toMillis()));
    }

    /** With the clock the deadline is read from and the way to wait between polls, which tests replace. */
    Judge0CodeRunner(Judge0Settings settings, Clock clock, Pause pause) {
        this.settings = settings;
        this.clock = clock;
        this.pause = pause;
        this.client = HttpClient.newBuilder().connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** How the runner waits before looking again at tests still running. */
    @FunctionalInterface
    interface Pause {
        void pause(Duration interval) throws InterruptedException;
    }

    @Override
    public CodeRun run(String code, String language, CodingTask task) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("there is no code to run");
        }
        if (task.tests().isEmpty()) {
            throw new IllegalArgumentException("the coding task has no tests");
        }
        int languageId = languageId(language);
        Instant deadline = clock.instant().plus(settings.deadline());
        List<String> tokens = new ArrayList<>();
        for (List<CodeTest> batch : batches(task.tests())) {
            tokens.addAll(submit(batch, code, languageId, task));
        }
        Map<String, JsonNode> results = awaitResults(tokens, deadline);
        List<TestOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            outcomes.add(outcome(task.tests().get(i), results.get(tokens.get(i))));
        }
        return new CodeRun(outcomes);
    }

    private int languageId(String language) {
        Integer id = language == null ? null : settings.languageIds().get(language.strip().toLowerCase(Locale.ROOT));
        if (id == null) {
            throw new CodeRunnerUnavailableException("Judge0 is not set up to run '" + language + "' (only "
                    + String.join(", ", new TreeSet<>(settings.languageIds().keySet())) + ")");
        }
        return id;
    }

    private List<String> submit(List<CodeTest> tests, String code, int languageId, CodingTask task) {
        List<Map<String, Object>> submissions = tests.stream()
                .map(test -> submission(test, code, languageId, task)).toList();
        HttpRequest request = request("/submissions/batch?base64_encoded=true").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(Map.of("submissions", submissions)), UTF_8)).build();
        HttpResponse<String> response = send(request);
        // 422 is Judge0's answer when every submission of the batch is invalid; its body says why, per submission.
        if (!succeeded(response) && response.statusCode() != 422) {
            throw failure(response);
        }
        JsonNode created = parse(response.body());
        if (!created.isArray() || created.size() != tests.size()) {
            throw new CodeRunnerUnavailableException("Judge0 did not answer a batch of " + tests.size()
                    + " submissions with as many tokens (HTTP " + response.statusCode() + ")");
        }
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            JsonNode token = created.get(i).path("token");
            if (!token.isTextual()) {
                throw new CodeRunnerUnavailableException("Judge0 refused test '" + tests.get(i).name() + "': "
                        + validationErrors(created.get(i)));
            }
            tokens.add(token.asText());
        }
        return tokens;
    }

    private static Map<String, Object> submission(CodeTest test, String code, int languageId, CodingTask task) {
        Map<String, Object> submission = new LinkedHashMap<>();
        submission.put("language_id", languageId);
        submission.put("source_code", base64(code));
        submission.put("stdin", base64(test.stdin()));
        submission.put("expected_output", base64(test.expectedOutput()));
        submission.put("cpu_time_limit", task.timeLimitSeconds());
        // Judge0 advises a wall-clock limit well above the CPU one, against programs that sleep or wait
        // for input: twice the CPU budget, and at least 5 s more for start-up (a JVM's, notably). Up to
        // 10 s of CPU this stays within Judge0's default maximum wall time of 20 s.
        submission.put("wall_time_limit", Math.max(2 * task.timeLimitSeconds(), task.timeLimitSeconds() + 5));
        submission.put("memory_limit", task.memoryLimitMb() * 1024);
        return submission;
    }

    private Map<String, JsonNode> awaitResults(List<String> tokens, Instant deadline) {
        Map<String, JsonNode> finished = new HashMap<>();
        List<String> pending = tokens;
        while (true) {
            for (List<String> batch : batches(pending)) {
                for (JsonNode submission : fetch(batch)) {
                    int status = status(submission);
                    if (status != IN_QUEUE && status != PROCESSING) {
                        finished.put(submission.path("token").asText(), submission);
                    }
                }
            }
            pending = pending.stream().filter(token -> !finished.containsKey(token)).toList();
            if (pending.isEmpty()) {
                return finished;
            }
            if (!clock.instant().isBefore(deadline)) {
                throw new CodeRunnerUnavailableException("Judge0 had not finished " + pending.size() + " of " + tokens.size()
                        + " tests after " + seconds(settings.deadline()));
            }
            try {
                pause.pause(settings.pollInterval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CodeRunnerUnavailableException("interrupted while waiting for Judge0", e);
            }
        }
    }

    /** The submissions of these tokens as Judge0 holds them now, each checked to be one of them. */
    private List<JsonNode> fetch(List<String> tokens) {
        HttpRequest request = request("/submissions/batch?base64_encoded=true&fields=" + RESULT_FIELDS
                + "&tokens=" + String.join(",", tokens.stream().map(token -> URLEncoder.encode(token, UTF_8)).toList()))
                .GET().build();
        HttpResponse<String> response = send(request);
        if (!succeeded(response)) {
            throw failure(response);
        }
        JsonNode submissions = parse(response.body()).path("submissions");
        if (!submissions.isArray() || submissions.size() != tokens.size()) {
            throw new CodeRunnerUnavailableException("Judge0's answer does not hold the " + tokens.size() + " submissions asked for");
        }
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode submission : submissions) {
            if (!tokens.contains(submission.path("token").asText())) {
                throw new CodeRunnerUnavailableException("Judge0 no longer knows a submission it accepted");
            }
            found.add(submission);
        }
        return found;
    }

    /** The submission's status id; a status that is no verdict on the program is a failure of Judge0's. */
    private static int status(JsonNode submission) {
        int status = submission.path("status").path("id").asInt(0);
        if (status == INTERNAL_ERROR) {
            String message = decoded(submission.get("message"));
            throw new CodeRunnerUnavailableException("Judge0 had an internal error"
                    + (message == null || message.isBlank() ? "" : ": " + oneLine(message)));
        }
        if (status < IN_QUEUE || status > LAST_STATUS) {
            throw new CodeRunnerUnavailableException("Judge0 answered with an unknown status " + submission.path("status"));
        }
        return status;
    }

    private TestOutcome outcome(CodeTest test, JsonNode submission) {
        JsonNode status = submission.path("status");
        Verdict verdict = verdict(status.path("id").asInt());
        String description = status.path("description").asText(verdict.name());
        Double time = hasValue(submission.get("time")) ? submission.get("time").asDouble() : null;
        Integer memory = hasValue(submission.get("memory")) ? (int) Math.round(submission.get("memory").asDouble()) : null;
        if (test.hidden()) {
            return new TestOutcome(test.name(), true, verdict, description, time, memory, null, null, null, null);
        }
        return new TestOutcome(test.name(), false, verdict, description, time, memory, kept(submission.get("stdout")),
                kept(submission.get("stderr")), kept(submission.get("compile_output")), kept(submission.get("message")));
    }

    private static Verdict verdict(int status) {
        return switch (status) {
            case 3 -> Verdict.ACCEPTED;
            case 4 -> Verdict.WRONG_ANSWER;
            case 5 -> Verdict.TIME_LIMIT_EXCEEDED;
            case 6 -> Verdict.COMPILATION_ERROR;
            // 7–12: killed by a signal or a non-zero exit, memory exhaustion included; 14: not executable.
            default -> Verdict.RUNTIME_ERROR;
        };
    }

    /** A visible test's output, decoded and cut to the configured length. */
    private String kept(JsonNode field) {
        String text = decoded(field);
        if (text == null || text.length() <= settings.maxOutputChars()) {
            return text;
        }
        int end = settings.maxOutputChars();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private static String decoded(JsonNode field) {
        if (!hasValue(field)) {
            return null;
        }
        try {
            // Judge0 encodes with Ruby's Base64.encode64, which breaks lines every 60 characters.
            return new String(Base64.getMimeDecoder().decode(field.asText()), UTF_8);
        } catch (IllegalArgumentException e) {
            throw new CodeRunnerUnavailableException("Judge0 sent output that is not Base64", e);
        }
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString((text == null ? "" : text).getBytes(UTF_8));
    }

    private <T> List<List<T>> batches(List<T> items) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < items.size(); from += settings.maxBatchSize()) {
            batches.add(items.subList(from, Math.min(items.size(), from + settings.maxBatchSize())));
        }
        return batches;
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + pathAndQuery))
                .timeout(settings.requestTimeout()).header("Accept", "application/json");
        settings.headers().forEach(request::header);
        return request;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
        } catch (HttpTimeoutException e) {
            throw new CodeRunnerUnavailableException("Judge0 gave no answer within " + seconds(settings.requestTimeout()), e);
        } catch (IOException e) {
            throw new CodeRunnerUnavailableException("Judge0 could not be reached (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CodeRunnerUnavailableException("interrupted while waiting for Judge0", e);
        }
    }

    private static boolean succeeded(HttpResponse<String> response) {
        return response.statusCode() / 100 == 2;
    }

    /** An HTTP error as one line, with what Judge0 ({@code error}) or RapidAPI ({@code message}) said of it. */
    private static CodeRunnerUnavailableException failure(HttpResponse<String> response) {
        String said = "";
        try {
            JsonNode body = JSON.readTree(response.body());
            said = body == null ? "" : body.path("error").asText(body.path("message").asText(""));
        } catch (JsonProcessingException e) {
            // An error page rather than JSON: the status code alone says enough.
        }
        String reason = response.statusCode() == 429 ? "Judge0 refused more requests for now (HTTP 429)"
                : "Judge0 answered HTTP " + response.statusCode();
        return new CodeRunnerUnavailableException(said.isBlank() ? reason : reason + ": " + oneLine(said));
    }

    /** Judge0's reasons for refusing a submission, {@code {"memory_limit": ["must be less than or equal to 512000"]}}. */
    private static String validationErrors(JsonNode errors) {
        List<String> reasons = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : errors.properties()) {
            if (field.getValue().isArray()) {
                field.getValue().forEach(message -> reasons.add(field.getKey() + " " + message.asText()));
            } else {
                reasons.add(field.getKey() + " " + field.getValue().asText());
            }
        }
        return reasons.isEmpty() ? "no reason given" : oneLine(String.join("; ", reasons));
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new CodeRunnerUnavailableException("Judge0's answer is not JSON", e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers are always JSON", e);
        }
    }

    private static boolean hasValue(JsonNode node) {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    private static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_DETAIL_CHARS ? line : line.substring(0, MAX_DETAIL_CHARS) + "…";
    }
}
