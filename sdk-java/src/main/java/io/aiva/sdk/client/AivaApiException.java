package io.aiva.sdk.client;

import java.net.http.HttpHeaders;
import java.util.List;

import io.aiva.sdk.ApiException;
import io.aiva.sdk.model.FieldError;
import io.aiva.sdk.model.Problem;

/**
 * An error answer from the AIVA API, with the RFC 9457 problem details it carried. The API classes of an
 * {@link AivaClient} throw the subclass for the answer's family ({@link NotFoundException},
 * {@link ValidationFailedException}, ...), or this class for a status without one; all of them are
 * {@link ApiException}s, so {@link #getCode()} is the HTTP status as in the generated client.
 *
 * <p>Quote {@link #getRequestId()} when you contact AIVA support.
 */
public class AivaApiException extends ApiException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /**
     * @param message what failed, for logs
     * @param status the HTTP status
     * @param headers the answer's headers
     * @param body the answer's body, as text
     * @param problem the problem details read from the body, or {@code null} if it held none
     */
    public AivaApiException(String message, int status, HttpHeaders headers, String body, Problem problem) {
        super(message, status, headers, body);
        this.problem = problem;
    }

    /**
     * The problem details of the answer: {@code type}, {@code title}, {@code status}, {@code detail},
     * {@code code}, {@code requestId} and {@code errors}.
     *
     * @return the problem, or {@code null} if the body was not a problem document (say, a proxy's error page)
     */
    public Problem getProblem() {
        return problem;
    }

    /**
     * The stable, machine-readable code of the problem, such as {@code not_found} or {@code validation_failed}.
     *
     * @return the code, or {@code null} without problem details
     */
    public String getProblemCode() {
        return problem == null ? null : problem.getCode();
    }

    /**
     * The id AIVA gave this request: the answer's {@code X-Request-Id}, or the problem's {@code requestId}.
     *
     * @return the request id, or {@code null} if the answer carried none
     */
    public String getRequestId() {
        HttpHeaders headers = getResponseHeaders();
        if (headers != null) {
            String header = headers.firstValue("X-Request-Id").orElse(null);
            if (header != null && !header.isBlank()) {
                return header;
            }
        }
        return problem == null ? null : problem.getRequestId();
    }

    /**
     * The fields the API refused and why ({@code field} is a JSON pointer into the body or a parameter's name).
     *
     * @return the field errors; empty if there were none
     */
    public List<FieldError> getFieldErrors() {
        return problem == null || problem.getErrors() == null ? List.of() : List.copyOf(problem.getErrors());
    }
}
