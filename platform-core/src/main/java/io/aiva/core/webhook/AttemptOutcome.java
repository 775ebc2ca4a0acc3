package io.aiva.core.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** What one attempt got: the endpoint's status and the start of its answer, or why there was none. */
public record AttemptOutcome(Instant startedAt, OptionalInt statusCode, Duration duration, Optional<String> error,
        Optional<String> responseBody) {

    static final int KEPT_BODY_CHARACTERS = 1024;
    static final int KEPT_ERROR_CHARACTERS = 300;

    static AttemptOutcome answered(Instant startedAt, int statusCode, Duration duration, String body) {
        String kept = body == null || body.isEmpty() ? null
                : body.length() > KEPT_BODY_CHARACTERS ? body.substring(0, KEPT_BODY_CHARACTERS) : body;
        return new AttemptOutcome(startedAt, OptionalInt.of(statusCode), duration, Optional.empty(), Optional.ofNullable(kept));
    }

    static AttemptOutcome unanswered(Instant startedAt, Duration duration, String error) {
        String kept = error.length() > KEPT_ERROR_CHARACTERS ? error.substring(0, KEPT_ERROR_CHARACTERS) : error;
        return new AttemptOutcome(startedAt, OptionalInt.empty(), duration, Optional.of(kept), Optional.empty());
    }

    public boolean succeeded() {
        return statusCode.isPresent() && statusCode.getAsInt() >= 200 && statusCode.getAsInt() < 300;
    }

    /** {@code 410 Gone}: the receiver says the endpoint is no more, and nothing should be sent to it again. */
    public boolean gone() {
        return statusCode.isPresent() && statusCode.getAsInt() == 410;
    }
}
