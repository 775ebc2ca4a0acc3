package io.aiva.sdk.client;

import java.net.http.HttpHeaders;

import io.aiva.sdk.model.Problem;

/** 403: the token is valid but its holder may not do this. */
public class ForbiddenException extends AivaApiException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, for logs
     * @param status the HTTP status
     * @param headers the answer's headers
     * @param body the answer's body, as text
     * @param problem the problem details read from the body, or {@code null} if it held none
     */
    public ForbiddenException(String message, int status, HttpHeaders headers, String body, Problem problem) {
        super(message, status, headers, body, problem);
    }
}
