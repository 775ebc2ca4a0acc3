package io.aiva.sdk.client.webhook;

/**
 * A delivery that must not be trusted: a header is missing, the timestamp is outside the tolerance, no
 * signature matches the secret, or the signed body is not a webhook event. Answer it with a 4xx and do
 * not act on it.
 */
public class WebhookVerificationException extends Exception {

    private static final long serialVersionUID = 1L;

    public WebhookVerificationException(String message) {
        super(message);
    }

    public WebhookVerificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
