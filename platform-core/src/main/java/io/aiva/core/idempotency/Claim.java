package io.aiva.core.idempotency;

import java.util.UUID;

/** What a request with a key may do. */
public sealed interface Claim {

    /** The key is this request's to run; its answer is stored under {@code id}. */
    record Granted(UUID id) implements Claim {
    }

    /** The key was used for this very request, which already got this answer. */
    record Replay(StoredAnswer answer) implements Claim {
    }

    /** The key was used for a request with another body. */
    record Mismatch() implements Claim {
    }

    /** A request with this key is still running. */
    record InFlight() implements Claim {
    }
}
