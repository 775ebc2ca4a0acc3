package io.aiva.web.problem;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;


/** A request body that is not JSON, or not the JSON the operation takes: 400 naming the field. */
@Provider
public class JsonInputExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(JsonProcessingException exception) {
        if (!(exception instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return problems.problem(ProblemKind.BAD_REQUEST, "The request body is not valid JSON.", uri, null);
        }
        String field = pointer(mapping.getPath());
        String reason;
        if (exception instanceof UnrecognizedPropertyException) {
            reason = "is not a field of this request";
        } else if (exception instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
            reason = "must be one of the documented values";
        } else {
            reason = "has the wrong type or format";
        }
        return problems.problem(ProblemKind.VALIDATION_FAILED, "The request body has invalid fields.", uri,
                List.of(new FieldIssue(field, reason)));
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        return path.stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : Integer.toString(reference.getIndex()))
                .collect(Collectors.joining("/", "/", ""));
    }
}
