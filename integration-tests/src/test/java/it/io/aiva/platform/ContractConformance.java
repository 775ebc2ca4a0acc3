package it.io.aiva.platform;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * Checks an answer of the platform against the contract of the API that gave it: a documented
 * status, the documented media type, a body that matches the schema. Every raw call the tests make
 * goes through here, so a response that drifts from {@code aiva-v1.yaml} or
 * {@code interview-v1.yaml} fails the test that got it.
 */
final class ContractConformance {

    private static final OpenApiInteractionValidator PUBLIC_API = validator("aiva.openapi", "/api");
    private static final OpenApiInteractionValidator INTERVIEW_API = validator("aiva.interview.openapi", "/interview/api");

    private ContractConformance() {
    }

    /** @throws AssertionError naming every way the response breaks its contract */
    static void check(String base, String method, String path, HttpResponse<String> response) {
        OpenApiInteractionValidator validator = base.equals("/interview/api") ? INTERVIEW_API : PUBLIC_API;
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
        response.headers().map().forEach((name, values) -> answer.withHeader(name, values));
        if (!response.body().isEmpty()) {
            answer.withBody(response.body());
        }
        String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        ValidationReport report = validator.validateResponse(base + pathOnly, Request.Method.valueOf(method), answer.build());
        if (report.hasErrors()) {
            throw new AssertionError(method + " " + base + path + " answered " + response.statusCode()
                    + " outside its contract:\n" + report.getMessages() + "\n" + response.body());
        }
    }

    private static OpenApiInteractionValidator validator(String property, String base) {
        return OpenApiInteractionValidator.createForSpecificationUrl(Path.of(System.getProperty(property)).toUri().toString())
                .withBasePathOverride(base)
                .build();
    }
}
