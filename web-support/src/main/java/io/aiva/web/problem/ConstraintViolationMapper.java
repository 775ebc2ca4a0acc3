package io.aiva.web.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;


/**
 * Bean Validation of a request (the constraints generated from the contract): 400 with one entry per
 * invalid field, as a JSON pointer into the body or the parameter's name.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final String NOT_BLANK = "^\\s*\\S[\\s\\S]*$";

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<FieldIssue> errors = exception.getConstraintViolations().stream()
                .map(violation -> new FieldIssue(field(violation), reason(violation)))
                .sorted(Comparator.comparing(FieldIssue::field))
                .toList();
        return problems.problem(ProblemKind.VALIDATION_FAILED, "The request has invalid fields.", uri, errors);
    }

    /**
     * A missing field is "required"; the contract spells "not blank" as a pattern, whose default
     * message would only quote it.
     */
    static String reason(ConstraintViolation<?> violation) {
        if (violation.getConstraintDescriptor().getAnnotation() instanceof NotNull) {
            return "is required";
        }
        if (violation.getConstraintDescriptor().getAnnotation() instanceof Pattern pattern
                && NOT_BLANK.equals(pattern.regexp())) {
            return "must not be blank";
        }
        return violation.getMessage();
    }

    /**
     * The path runs method, parameter, then properties of the body: a body's fields become a JSON
     * pointer, a parameter stays its name.
     */
    static String field(ConstraintViolation<?> violation) {
        String parameter = null;
        List<String> properties = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    properties.add(Integer.toString(node.getIndex()));
                }
                if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                    properties.add(node.getName());
                }
            }
        }
        if (!properties.isEmpty()) {
            return "/" + String.join("/", properties);
        }
        return parameter == null ? "" : parameter;
    }
}
