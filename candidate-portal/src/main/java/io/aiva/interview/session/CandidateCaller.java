package io.aiva.interview.session;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

/** The interview session the request's token opened, set once by {@link SessionTokenFilter}. */
@RequestScoped
public class CandidateCaller {

    private UUID sessionId;

    void authenticated(UUID session) {
        sessionId = session;
    }

    UUID sessionId() {
        return sessionId;
    }
}
