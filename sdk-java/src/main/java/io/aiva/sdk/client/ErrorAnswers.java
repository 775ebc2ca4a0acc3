package io.aiva.sdk.client;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.aiva.sdk.ApiClient;
import io.aiva.sdk.model.Problem;

/** Turns an error answer into the {@link AivaApiException} of its family, with its problem details. */
final class ErrorAnswers {

    private static final int MAX_BODY_IN_MESSAGE = 200;

    private final ObjectMapper mapper;
    private final Clock clock;

    ErrorAnswers(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    AivaApiException toException(String operationId, HttpResponse<InputStream> response) throws IOException {
        String body;
        try (InputStream in = ApiClient.getResponseBody(response)) {
            body = in == null ? "" : new String(in.readAllBytes(), UTF_8);
        }
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        Problem problem = problem(body);
        String message = message(operationId, status, problem, body, headers);
        if (status >= 500) {
            return new ServerErrorException(message, status, headers, body, problem);
        }
        switch (status) {
            case 400:
                return new ValidationFailedException(message, status, headers, body, problem);
            case 401:
                return new UnauthorizedException(message, status, headers, body, problem);
            case 403:
                return new ForbiddenException(message, status, headers, body, problem);
            case 404:
                return new NotFoundException(message, status, headers, body, problem);
            case 409:
                return new ConflictException(message, status, headers, body, problem);
            case 412:
                return new PreconditionFailedException(message, status, headers, body, problem);
            case 422:
                return new IdempotencyKeyReusedException(message, status, headers, body, problem);
            case 429:
                Duration retryAfter = RetryAfter.of(headers, clock).orElse(null);
                return new RateLimitedException(message, status, headers, body, problem, retryAfter);
            default:
                return new AivaApiException(message, status, headers, body, problem);
        }
    }

    private Problem problem(String body) {
        if (!body.stripLeading().startsWith("{")) {
            return null;
        }
        try {
            return mapper.readValue(body, Problem.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** For example {@code getCandidate: 404 not_found: Your company has no candidate with this id. (request 7c1e...)}. */
    private static String message(String operationId, int status, Problem problem, String body, HttpHeaders headers) {
        StringBuilder message = new StringBuilder(operationId).append(": ").append(status);
        if (problem != null) {
            if (problem.getCode() != null) {
                message.append(' ').append(problem.getCode());
            }
            String what = problem.getDetail() != null ? problem.getDetail() : problem.getTitle();
            if (what != null) {
                message.append(": ").append(what);
            }
        } else if (!body.isBlank()) {
            String text = body.strip();
            message.append(": ").append(text.length() > MAX_BODY_IN_MESSAGE ? text.substring(0, MAX_BODY_IN_MESSAGE) + "..." : text);
        }
        String requestId = headers.firstValue("X-Request-Id").orElse(problem == null ? null : problem.getRequestId());
        if (requestId != null) {
            message.append(" (request ").append(requestId).append(')');
        }
        return message.toString();
    }
}
