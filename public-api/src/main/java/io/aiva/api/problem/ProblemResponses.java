package io.aiva.api.problem;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.aiva.api.v1.model.FieldError;
import io.aiva.api.v1.model.Problem;

/** Builds RFC 9457 problem responses; every error of the API goes through here. */
@ApplicationScoped
public class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://aiva.io/problems/";

    @Inject
    RequestId requestId;

    public Response problem(ProblemKind kind, String detail, UriInfo uri, List<FieldError> errors) {
        Problem problem = problemOf(kind, detail, requestId.value(), uri == null ? null : uri.getRequestUri().getRawPath());
        if (errors != null && !errors.isEmpty()) {
            problem.errors(errors);
        }
        return Response.status(kind.status())
                .type(MEDIA_TYPE)
                .header(RequestId.HEADER, requestId.value())
                .entity(problem)
                .build();
    }

    /** A {@code cursor} parameter that is not one this API returned. */
    public Response invalidCursor(UriInfo uri) {
        return problem(ProblemKind.VALIDATION_FAILED, "The cursor is not one this API returned.", uri,
                List.of(new FieldError().field("cursor").reason("is not a cursor this API returned")));
    }

    public static Problem problemOf(ProblemKind kind, String detail, String requestId, String instance) {
        return new Problem()
                .type(URI.create(TYPE_BASE + kind.code().replace('_', '-')))
                .title(kind.title())
                .status(kind.status())
                .code(kind.code())
                .detail(detail)
                .requestId(requestId)
                .instance(instance);
    }
}
