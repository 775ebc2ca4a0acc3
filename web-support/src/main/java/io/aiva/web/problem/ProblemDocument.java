package io.aiva.web.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details document with AIVA's members: a stable {@code code}, the
 * {@code requestId}, and per-field {@code errors}. Each API's contract describes this same shape.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDocument(URI type, String title, int status, String detail, String instance, String code,
        String requestId, List<FieldIssue> errors) {
}
