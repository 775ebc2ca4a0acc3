package io.aiva.sdk.client;

import java.io.IOException;

/**
 * No access token could be had from Keycloak's token endpoint: the client id or secret was refused, or the
 * endpoint failed. The API call that needed the token was not sent; it fails with an
 * {@link io.aiva.sdk.ApiException} whose cause is this exception.
 */
public class AccessTokenException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;

    /**
     * @param message what failed
     * @param status the token endpoint's HTTP status
     * @param error the OAuth 2.0 {@code error} it answered, such as {@code invalid_client}, or {@code null}
     */
    public AccessTokenException(String message, int status, String error) {
        super(message);
        this.status = status;
        this.error = error;
    }

    /** @return the token endpoint's HTTP status */
    public int getStatus() {
        return status;
    }

    /** @return the OAuth 2.0 {@code error} code the endpoint answered, or {@code null} */
    public String getError() {
        return error;
    }

    /** @return whether trying again may help: the endpoint was overloaded or failed (429, 5xx) */
    public boolean isRetryable() {
        return status == 429 || status >= 500;
    }
}
