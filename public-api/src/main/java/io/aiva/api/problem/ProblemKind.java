package io.aiva.api.problem;

/** The kinds of problem the API reports; each code is stable and documented. */
public enum ProblemKind {
    BAD_REQUEST(400, "bad_request", "Bad request"),
    VALIDATION_FAILED(400, "validation_failed", "Invalid input"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not_found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method_not_allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not_acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported_media_type", "Unsupported media type"),
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
            if (kind.status == status && kind != VALIDATION_FAILED) {
                return kind;
            }
        }
        return status >= 500 ? UNEXPECTED : BAD_REQUEST;
    }
}
