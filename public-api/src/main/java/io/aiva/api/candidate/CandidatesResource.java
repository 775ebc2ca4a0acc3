package io.aiva.api.candidate;

import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.aiva.api.idempotency.IdempotentPosts;
import io.aiva.web.paging.NewestFirst;
import io.aiva.web.problem.EntityTags;
import io.aiva.web.problem.ProblemKind;
import io.aiva.web.problem.ProblemResponses;
import io.aiva.api.v1.CandidatesApi;
import io.aiva.api.v1.model.CandidateCreate;
import io.aiva.api.v1.model.CandidatePage;
import io.aiva.api.v1.model.CandidateUpdate;
import io.aiva.core.candidate.Candidate;
import io.aiva.core.candidate.CandidateChange;
import io.aiva.core.candidate.CandidateDetails;
import io.aiva.core.candidate.CandidateFilter;
import io.aiva.core.candidate.Candidates;
import io.aiva.core.paging.Position;

/** The company's candidates, for its recruiters, admins and systems. */
@RequestScoped
@IdempotentPosts
@RolesAllowed({"company-admin", "recruiter", "integration"})
public class CandidatesResource implements CandidatesApi {

    @Inject
    Candidates candidates;

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @Override
    public Response createCandidate(CandidateCreate request, String idempotencyKey) {
        Candidate candidate = candidates.create(new CandidateDetails(request.getFirstName(), request.getLastName(),
                request.getEmail(), request.getExternalId(), request.getPhone()));
        return Response.created(uri.getBaseUriBuilder().path("v1/candidates/{id}").build(candidate.id()))
                .header(HttpHeaders.ETAG, EntityTags.of(candidate.version()))
                .entity(view(candidate)).build();
    }

    @Override
    public Response getCandidate(UUID candidateId) {
        return candidates.find(candidateId).map(CandidatesResource::found).orElseGet(this::notFound);
    }

    @Override
    public Response listCandidates(Integer limit, String cursor, String email, String externalId) {
        NewestFirst<Candidate> page = NewestFirst.of(
                candidates.page(new CandidateFilter(email, externalId), NewestFirst.after(cursor), limit + 1), limit,
                candidate -> new Position(candidate.createdAt(), candidate.id()));
        CandidatePage body = new CandidatePage().data(page.items().stream().map(CandidatesResource::view).toList())
                .nextCursor(page.nextCursor());
        return Response.ok(body).build();
    }

    @Override
    public Response updateCandidate(UUID candidateId, CandidateUpdate request, String ifMatch) {
        CandidateChange change = new CandidateChange(request.getFirstName(), request.getLastName(), request.getEmail(),
                request.getExternalId(), request.getPhone());
        return candidates.change(candidateId, EntityTags.expectedVersion(ifMatch), change)
                .map(CandidatesResource::found).orElseGet(this::notFound);
    }

    private static Response found(Candidate candidate) {
        return Response.ok(view(candidate)).header(HttpHeaders.ETAG, EntityTags.of(candidate.version())).build();
    }

    private Response notFound() {
        return problems.problem(ProblemKind.NOT_FOUND, "Your company has no candidate with this id.", uri, null);
    }

    static io.aiva.api.v1.model.Candidate view(Candidate candidate) {
        CandidateDetails details = candidate.details();
        return new io.aiva.api.v1.model.Candidate()
                .id(candidate.id())
                .firstName(details.firstName())
                .lastName(details.lastName())
                .email(details.email())
                .externalId(details.externalId())
                .phone(details.phone())
                .createdAt(candidate.createdAt().atOffset(ZoneOffset.UTC))
                .updatedAt(candidate.updatedAt().atOffset(ZoneOffset.UTC));
    }
}
