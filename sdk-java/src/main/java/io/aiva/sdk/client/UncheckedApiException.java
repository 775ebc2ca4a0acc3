package io.aiva.sdk.client;

import io.aiva.sdk.ApiException;

/**
 * An {@link ApiException} thrown where a checked exception cannot go, such as from an {@link java.util.Iterator}
 * of {@link Pagination}; {@link #getCause()} is the original, typed as the call threw it.
 */
public class UncheckedApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param cause the exception the call threw
     */
    public UncheckedApiException(ApiException cause) {
        super(cause.getMessage(), cause);
    }

    @Override
    public synchronized ApiException getCause() {
        return (ApiException) super.getCause();
    }
}
