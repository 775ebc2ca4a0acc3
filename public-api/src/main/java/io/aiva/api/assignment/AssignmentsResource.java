package io.aiva.api.assignment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.aiva.api.idempotency.IdempotentPosts;
import io.aiva.web.paging.NewestFirst;
import io.aiva.web.problem.ProblemKind;
import io.aiva.web.problem.ProblemResponses;
import io.aiva.api.v1.AssignmentsApi;
import io.aiva.api.v1.model.AssignmentCancel;
import io.aiva.api.v1.model.AssignmentCreate;
import io.aiva.api.v1.model.AssignmentLaunch;
import io.aiva.api.v1.model.AssignmentPage;
import io.aiva.api.v1.model.AssignmentStatus;
import io.aiva.core.assignment.Assignment;
import io.aiva.core.assignment.AssignmentFilter;
import io.aiva.core.assignment.Assignments;
import io.aiva.core.assignment.IssuedAssignment;
import io.aiva.core.assignment.NewAssignment;
import io.aiva.core.paging.Position;

/** Interviews assigned to candidates: assign, read, list, cancel, send a new link. */
@RequestScoped
@IdempotentPosts
@RolesAllowed({"company-admin", "recruiter", "integration"})
public class AssignmentsResource implements AssignmentsApi {

    @Inject
    Assignments assignments;

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @Override
    public Response createAssignment(AssignmentCreate request, String idempotencyKey) {
        IssuedAssignment issued = assignments.assign(new NewAssignment(request.getCandidateId(), request.getTemplateId(),
                request.getDeadline() == null ? null : request.getDeadline().toInstant(),
                request.getExternalReference() == null ? null : request.getExternalReference().strip()));
        return Response.created(uri.getBaseUriBuilder().path("v1/assignments/{id}").build(issued.assignment().id()))
                .entity(launch(issued)).build();
    }

    @Override
    public Response getAssignment(UUID assignmentId) {
        return assignments.find(assignmentId).map(assignment -> Response.ok(view(assignment)).build())
                .orElseGet(this::notFound);
    }

    @Override
    public Response listAssignments(Integer limit, String cursor, AssignmentStatus status, UUID candidateId,
            UUID templateId, String externalReference) {
        AssignmentFilter filter = new AssignmentFilter(
                status == null ? null : io.aiva.core.assignment.AssignmentStatus.valueOf(status.name()), candidateId,
                templateId, externalReference);
        NewestFirst<Assignment> page = NewestFirst.of(assignments.page(filter, NewestFirst.after(cursor), limit + 1), limit,
                assignment -> new Position(assignment.createdAt(), assignment.id()));
        AssignmentPage body = new AssignmentPage().data(page.items().stream().map(AssignmentsResource::view).toList())
                .nextCursor(page.nextCursor());
        return Response.ok(body).build();
    }

    @Override
    public Response cancelAssignment(UUID assignmentId, AssignmentCancel request, String idempotencyKey) {
        return assignments.cancel(assignmentId, request.getReason().strip())
                .map(assignment -> Response.ok(view(assignment)).build()).orElseGet(this::notFound);
    }

    @Override
    public Response resendAssignment(UUID assignmentId, String idempotencyKey) {
        return assignments.reissueLink(assignmentId).map(issued -> Response.ok(launch(issued)).build())
                .orElseGet(this::notFound);
    }

    private Response notFound() {
        return problems.problem(ProblemKind.NOT_FOUND, "Your company has no assignment with this id.", uri, null);
    }

    private static AssignmentLaunch launch(IssuedAssignment issued) {
        return new AssignmentLaunch().assignment(view(issued.assignment())).launchUrl(java.net.URI.create(issued.launchUrl()))
                .launchUrlExpiresAt(utc(issued.launchUrlExpiresAt()));
    }

    static io.aiva.api.v1.model.Assignment view(Assignment assignment) {
        return new io.aiva.api.v1.model.Assignment()
                .id(assignment.id())
                .candidateId(assignment.candidateId())
                .templateId(assignment.templateId())
                .templateName(assignment.templateName())
                .status(AssignmentStatus.valueOf(assignment.status().name()))
                .language(assignment.plan().language())
                .questionCount(assignment.plan().questionCount())
                .deadline(utc(assignment.deadline()))
                .externalReference(assignment.externalReference().orElse(null))
                .startedAt(assignment.startedAt().map(AssignmentsResource::utc).orElse(null))
                .endedAt(assignment.endedAt().map(AssignmentsResource::utc).orElse(null))
                .cancelReason(assignment.cancelReason().orElse(null))
                .createdAt(utc(assignment.createdAt()))
                .updatedAt(utc(assignment.updatedAt()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
