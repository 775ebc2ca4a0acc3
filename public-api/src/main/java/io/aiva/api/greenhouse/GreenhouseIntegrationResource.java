package io.aiva.api.greenhouse;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.aiva.api.idempotency.IdempotentPosts;
import io.aiva.api.v1.IntegrationsApi;
import io.aiva.api.v1.model.GreenhouseCallback;
import io.aiva.api.v1.model.GreenhouseEndpoints;
import io.aiva.api.v1.model.GreenhouseIntegration;
import io.aiva.api.v1.model.GreenhouseReportedError;
import io.aiva.api.v1.model.GreenhouseReportedErrorList;
import io.aiva.api.v1.model.GreenhouseSettings;
import io.aiva.api.v1.model.GreenhouseSettingsChange;
import io.aiva.api.v1.model.IntegrationKey;
import io.aiva.api.v1.model.IntegrationKeyCreate;
import io.aiva.api.v1.model.IntegrationKeyIssued;
import io.aiva.core.greenhouse.GreenhouseCallbacks;
import io.aiva.core.greenhouse.IntegrationKeys;
import io.aiva.core.greenhouse.IssuedIntegrationKey;
import io.aiva.core.greenhouse.ReportedError;
import io.aiva.core.greenhouse.ReportedErrors;
import io.aiva.web.problem.ProblemKind;
import io.aiva.web.problem.ProblemResponses;

/** A company's Greenhouse integration: its admin manages keys and settings; recruiters may look. */
@RequestScoped
@IdempotentPosts
@RolesAllowed("company-admin")
public class GreenhouseIntegrationResource implements IntegrationsApi {

    @Inject
    io.aiva.core.greenhouse.GreenhouseIntegration integration;

    @Inject
    IntegrationKeys keys;

    @Inject
    ReportedErrors reportedErrors;

    @Inject
    GreenhouseCallbacks callbacks;

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @Override
    @RolesAllowed({"company-admin", "recruiter"})
    public Response getGreenhouseIntegration() {
        return Response.ok(view(integration.overview())).build();
    }

    @Override
    public Response updateGreenhouseSettings(GreenhouseSettingsChange change) {
        return Response.ok(view(integration.change(change.getDeadlineDays(), Optional.ofNullable(change.getCallbackCredential()))))
                .build();
    }

    @Override
    public Response createGreenhouseKey(IntegrationKeyCreate request, String idempotencyKey) {
        IssuedIntegrationKey issued = keys.issue(request.getName().strip());
        return Response.status(Response.Status.CREATED)
                .entity(new IntegrationKeyIssued().key(view(issued.key())).apiKey(issued.apiKey())).build();
    }

    @Override
    public Response revokeGreenhouseKey(UUID integrationKeyId) {
        return keys.revoke(integrationKeyId) ? Response.noContent().build()
                : problems.problem(ProblemKind.NOT_FOUND, "Your company has no Greenhouse key with this id.", uri, null);
    }

    @Override
    @RolesAllowed({"company-admin", "recruiter"})
    public Response getGreenhouseCallback(UUID assignmentId) {
        return callbacks.find(assignmentId).map(test -> Response.ok(new GreenhouseCallback()
                .assignmentId(test.assignmentId())
                .status(test.callbackStatus().name().toLowerCase(Locale.ROOT))
                .attempts(test.callbackAttempts())
                .lastStatusCode(test.lastStatusCode().isPresent() ? test.lastStatusCode().getAsInt() : null)
                .lastError(test.lastError().orElse(null))
                .reportedScore(test.reportedScore().isPresent() ? test.reportedScore().getAsInt() : null)).build())
                .orElseGet(() -> problems.problem(ProblemKind.NOT_FOUND, "No test Greenhouse sent became this assignment.", uri, null));
    }

    @Override
    @RolesAllowed({"company-admin", "recruiter"})
    public Response listGreenhouseReportedErrors() {
        return Response.ok(new GreenhouseReportedErrorList().data(reportedErrors.newest().stream()
                .map(GreenhouseIntegrationResource::view).toList())).build();
    }

    private static GreenhouseIntegration view(io.aiva.core.greenhouse.GreenhouseIntegration.Overview overview) {
        var endpoints = overview.endpoints();
        var settings = overview.settings();
        return new GreenhouseIntegration()
                .ready(overview.problems().isEmpty())
                .problems(overview.problems())
                .endpoints(new GreenhouseEndpoints().listTestsUrl(URI.create(endpoints.listTests()))
                        .sendTestUrl(URI.create(endpoints.sendTest())).testStatusUrl(URI.create(endpoints.testStatus()))
                        .responseErrorUrl(URI.create(endpoints.responseError())))
                .keys(overview.keys().stream().map(GreenhouseIntegrationResource::view).toList())
                .settings(new GreenhouseSettings().deadlineDays(settings.deadlineDays())
                        .callbackCredentialSet(settings.callbackCredentialSetAt().isPresent())
                        .callbackCredentialSetAt(settings.callbackCredentialSetAt().map(at -> at.atOffset(ZoneOffset.UTC)).orElse(null)));
    }

    private static IntegrationKey view(io.aiva.core.greenhouse.IntegrationKey key) {
        return new IntegrationKey()
                .id(key.id())
                .name(key.name())
                .hint(key.hint())
                .createdAt(key.createdAt().atOffset(ZoneOffset.UTC))
                .createdBy(key.createdBy())
                .lastUsedAt(key.lastUsedAt().map(at -> at.atOffset(ZoneOffset.UTC)).orElse(null))
                .revokedAt(key.revokedAt().map(at -> at.atOffset(ZoneOffset.UTC)).orElse(null));
    }

    private static GreenhouseReportedError view(ReportedError error) {
        return new GreenhouseReportedError()
                .id(error.id())
                .receivedAt(error.receivedAt().atOffset(ZoneOffset.UTC))
                .apiCall(error.apiCall())
                .errors(error.errors())
                .partnerTestId(error.partnerTestId().orElse(null))
                .partnerTestName(error.partnerTestName().orElse(null))
                .partnerInterviewId(error.partnerInterviewId().orElse(null))
                .candidateEmail(error.candidateEmail().orElse(null));
    }
}
