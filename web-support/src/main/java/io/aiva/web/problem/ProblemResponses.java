package io.aiva.web.problem;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;


/** Builds RFC 9457 problem responses; every error of the API goes through here. */
@ApplicationScoped
public class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://aiva.io/problems/";

    @Inject
    RequestId requestId;

    public Response problem(ProblemKind kind, String detail, UriInfo uri, List<FieldIssue> errors) {
        ProblemDocument problem = problemOf(kind, detail, requestId.value(), uri == null ? null : uri.getRequestUri().getRawPath(),
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
        return Response.status(kind.status())
                .type(MEDIA_TYPE)
                .header(RequestId.HEADER, requestId.value())
                .entity(problem)
                .build();
    }

    /** A {@code cursor} parameter that is not one this API returned. */
    public Response invalidCursor(UriInfo uri) {
        return problem(ProblemKind.VALIDATION_FAILED, "The cursor is not one this API returned.", uri,
                List.of(new FieldIssue("cursor", "is not a cursor this API returned")));
    }

    public static ProblemDocument problemOf(ProblemKind kind, String detail, String requestId, String instance,
            List<FieldIssue> errors) {
        return new ProblemDocument(URI.create(TYPE_BASE + kind.code().replace('_', '-')), kind.title(), kind.status(), detail,
                instance, kind.code(), requestId, errors);
    }
}
