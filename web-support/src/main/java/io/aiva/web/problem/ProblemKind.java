package io.aiva.web.problem;

/**
 * The kinds of problem the APIs report; each code is stable and documented. The general kind of each
 * status comes first, for the statuses JAX-RS or Liberty decide themselves.
 */
public enum ProblemKind {
    BAD_REQUEST(400, "bad_request", "Bad request"),
    VALIDATION_FAILED(400, "validation_failed", "Invalid input"),
    INVALID_LINK(400, "invalid_link", "Invalid interview link"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    EMBED_ORIGIN_NOT_ALLOWED(403, "embed_origin_not_allowed", "Embedding not allowed"),
    NOT_FOUND(404, "not_found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method_not_allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not_acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    REQUEST_IN_PROGRESS(409, "request_in_progress", "Request in progress"),
    LINK_USED(409, "link_used", "Interview link used"),
    INTERVIEW_CLOSED(409, "interview_closed", "Interview closed"),
    LINK_EXPIRED(410, "link_expired", "Interview link expired"),
    PRECONDITION_FAILED(412, "precondition_failed", "Precondition failed"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported_media_type", "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency_key_reused", "Idempotency key reused"),
    RATE_LIMITED(429, "rate_limited", "Too many requests"),
    UNEXPECTED(500, "internal_error", "Internal error"),
    UNAVAILABLE(503, "unavailable", "Service unavailable");

    private final int status;
    private final String code;
    private final String title;

    ProblemKind(int status, String code, String title) {
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** The kind for an HTTP status that JAX-RS itself decided, such as 404 for an unknown path. */
    public static ProblemKind forStatus(int status) {
        for (ProblemKind kind : values()) {
            if (kind.status == status) {
                return kind;
            }
        }
        return status >= 500 ? UNEXPECTED : BAD_REQUEST;
    }
}
