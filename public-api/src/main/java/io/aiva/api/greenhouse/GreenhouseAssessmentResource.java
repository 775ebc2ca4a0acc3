package io.aiva.api.greenhouse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;

import io.aiva.core.AlreadyExistsException;
import io.aiva.core.UniqueViolation;
import io.aiva.core.greenhouse.ErrorReport;
import io.aiva.core.greenhouse.GreenhouseAssessments;
import io.aiva.core.greenhouse.KeyHolder;
import io.aiva.core.greenhouse.ReportedErrors;
import io.aiva.core.greenhouse.SendOutcome;
import io.aiva.core.greenhouse.SentTest;
import io.aiva.core.greenhouse.TestStatus;
import io.aiva.web.problem.FieldIssue;
import io.aiva.web.problem.ProblemKind;
import io.aiva.web.problem.ProblemResponses;

/**
 * Greenhouse's Assessment Partner API, served as Greenhouse documents it (field names in snake_case
 * as Greenhouse spells them, {@code null} rather than absent, unknown fields ignored, ids accepted
 * as strings or numbers and always answered as strings). Its contract is Greenhouse's, so it is not
 * part of AIVA's own API document; docs/greenhouse-partner-api.md records it with its sources.
 */
@Path("integrations/greenhouse/assessment")
@RequestScoped
@PermitAll
@GreenhouseKeyRequired
public class GreenhouseAssessmentResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    GreenhouseAssessments assessments;

    @Inject
    ReportedErrors reportedErrors;

    @Inject
    GreenhouseCaller caller;

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @GET
    @Path("list_tests")
    public Response listTests() {
        List<Map<String, Object>> tests = assessments.tests().stream()
                .map(test -> object("partner_test_id", test.id(), "partner_test_name", test.name())).toList();
        return json(tests);
    }

    @POST
    @Path("send_test")
    public Response sendTest(String body) {
        Optional<JsonNode> request = parse(body).filter(JsonNode::isObject);
        if (request.isEmpty()) {
            return problems.problem(ProblemKind.BAD_REQUEST, "The body must be the JSON object Greenhouse documents for send_test.",
                    uri, null);
        }
        JsonNode candidate = request.get().path("candidate");
        SentTest sent = new SentTest(text(request.get(), "partner_test_id"), text(candidate, "first_name"), text(candidate, "last_name"),
                text(candidate, "email"), text(candidate, "phone_number"), text(candidate, "greenhouse_profile_url"),
                text(request.get(), "url"));
        SendOutcome outcome = sendOnce(sent, key());
        if (outcome instanceof SendOutcome.Sent sentTest) {
            return json(object("partner_interview_id", sentTest.partnerInterviewId()));
        }
        if (outcome instanceof SendOutcome.UnknownTest) {
            return problems.problem(ProblemKind.NOT_FOUND, "No active interview template of your company has this id;"
                    + " list_tests gives the ones Greenhouse may send.", uri, List.of(new FieldIssue("/partner_test_id",
                            "is no active test of your company")));
        }
        return problems.problem(ProblemKind.UNAVAILABLE, "This AIVA deployment sends no e-mail, so the candidate could not be"
                + " sent the test; ask AIVA's operator to configure candidate e-mail.", uri, null);
    }

    @GET
    @Path("test_status")
    public Response testStatus(@QueryParam("partner_interview_id") String partnerInterviewId) {
        if (partnerInterviewId == null || partnerInterviewId.isBlank()) {
            return problems.problem(ProblemKind.VALIDATION_FAILED, "Name the test with partner_interview_id.", uri,
                    List.of(new FieldIssue("partner_interview_id", "is required")));
        }
        Optional<TestStatus> status = assessments.status(partnerInterviewId);
        if (status.isEmpty()) {
            return problems.problem(ProblemKind.NOT_FOUND, "Your company sent no test with this partner_interview_id.", uri, null);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("partner_status", status.get().status());
        answer.put("partner_profile_url", status.get().profileUrl());
        answer.put("partner_score", status.get().score());
        answer.put("metadata", status.get().metadata());
        return json(answer);
    }

    /**
     * Stores what Greenhouse reports and answers 200 whatever the body, even one that does not parse:
     * an error report must never start a loop of error reports.
     */
    @POST
    @Path("response_error")
    public Response responseError(String body) {
        ErrorReport report = parse(body).filter(JsonNode::isObject).map(GreenhouseAssessmentResource::report)
                .orElseGet(() -> ErrorReport.unreadable(body));
        reportedErrors.record(report, key());
        return json(object("status", 200));
    }

    /** Sends the test; a concurrent send with the same Greenhouse URL wins, and this one answers its interview. */
    private SendOutcome sendOnce(SentTest sent, KeyHolder key) {
        try {
            return assessments.send(sent, key);
        } catch (RuntimeException e) {
            if (!(e instanceof AlreadyExistsException) && !UniqueViolation.causes(e)) {
                throw e;
            }
            return assessments.send(sent, key);
        }
    }

    private static ErrorReport report(JsonNode node) {
        List<String> errors = new ArrayList<>();
        node.path("errors").forEach(error -> errors.add(error.isValueNode() ? error.asText() : error.toString()));
        return new ErrorReport(text(node, "api_call"), errors, text(node, "partner_test_id"), text(node, "partner_test_name"),
                text(node, "partner_interview_id"), text(node, "candidate_email"), null);
    }

    private KeyHolder key() {
        return caller.key().orElseThrow(() -> new IllegalStateException("the Greenhouse key filter lets no request through without a key"));
    }

    /** A field's text, from a string or a number (old Greenhouse examples send ids as numbers); null when absent. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.getNodeType() == JsonNodeType.STRING || value.getNodeType() == JsonNodeType.NUMBER ? value.asText() : null;
    }

    private static Optional<JsonNode> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(body));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    private static Response json(Object value) {
        try {
            return Response.ok(JSON.writeValueAsString(value), MediaType.APPLICATION_JSON_TYPE).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialize", e);
        }
    }
}
