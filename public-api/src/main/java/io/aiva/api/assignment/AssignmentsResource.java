package io.aiva.api.assignment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
import io.aiva.api.v1.AssignmentsApi;
import io.aiva.api.v1.model.AnswerMode;
import io.aiva.api.v1.model.AnswerRecord;
import io.aiva.api.v1.model.AskedQuestion;
import io.aiva.api.v1.model.AssignmentCancel;
import io.aiva.api.v1.model.AssignmentCreate;
import io.aiva.api.v1.model.AssignmentLaunch;
import io.aiva.api.v1.model.AssignmentPage;
import io.aiva.api.v1.model.AssignmentStatus;
import io.aiva.api.v1.model.InterviewRecord;
import io.aiva.api.v1.model.QuestionType;
import io.aiva.api.v1.model.ScorecardReviewWrite;
import io.aiva.core.assignment.Assignment;
import io.aiva.core.assignment.AssignmentFilter;
import io.aiva.core.assignment.Assignments;
import io.aiva.core.assignment.IssuedAssignment;
import io.aiva.core.assignment.NewAssignment;
import io.aiva.core.paging.Position;
import io.aiva.core.question.QuestionContent;
import io.aiva.core.scorecard.ReviewDecision;
import io.aiva.core.scorecard.ScorecardReview;
import io.aiva.core.scorecard.Scorecards;
import io.aiva.core.session.Answer;
import io.aiva.core.session.AnswerContent;
import io.aiva.core.session.AskedWithAnswers;
import io.aiva.core.session.InterviewRecords;
import io.aiva.core.session.InterviewSession;
import io.aiva.core.template.TemplatePlan;

/** Interviews assigned to candidates: assign, read, list, cancel, send a new link. */
@RequestScoped
@IdempotentPosts
@RolesAllowed({"company-admin", "recruiter", "integration"})
public class AssignmentsResource implements AssignmentsApi {

    @Inject
    Assignments assignments;

    @Inject
    InterviewRecords records;

    @Inject
    Scorecards scorecards;

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

    @Override
    public Response getAssignmentSession(UUID assignmentId) {
        return records.forAssignment(assignmentId).map(record -> Response.ok(record(assignmentId, record)).build())
                .orElseGet(() -> problems.problem(ProblemKind.NOT_FOUND,
                        "Your company has no assignment with this id, or its candidate has not opened the interview yet.", uri, null));
    }

    @Override
    public Response getScorecard(UUID assignmentId) {
        return scorecards.forAssignment(assignmentId).map(AssignmentsResource::scorecard).orElseGet(this::noScorecard);
    }

    @Override
    public Response reviewScorecard(UUID assignmentId, ScorecardReviewWrite request, String ifMatch) {
        List<ScorecardReview.ScoreOverride> overrides = request.getOverrides() == null ? List.of() : request.getOverrides().stream()
                .map(change -> new ScorecardReview.ScoreOverride(change.getOrdinal(), change.getScore(), change.getReason())).toList();
        ScorecardReview review = new ScorecardReview(ReviewDecision.valueOf(request.getDecision().name()), request.getNotes(),
                overrides);
        return scorecards.review(assignmentId, EntityTags.expectedVersion(ifMatch), review)
                .map(AssignmentsResource::scorecard).orElseGet(this::noScorecard);
    }

    private static Response scorecard(Scorecards.Reading reading) {
        Response.ResponseBuilder response = Response.ok(ScorecardView.of(reading));
        reading.scorecard().ifPresent(scored -> response.header(HttpHeaders.ETAG, EntityTags.of(scored.version())));
        return response.build();
    }

    private Response noScorecard() {
        return problems.problem(ProblemKind.NOT_FOUND,
                "Your company has no completed interview with this id; a scorecard comes once it is completed.", uri, null);
    }

    private Response notFound() {
        return problems.problem(ProblemKind.NOT_FOUND, "Your company has no assignment with this id.", uri, null);
    }

    private static AssignmentLaunch launch(IssuedAssignment issued) {
        return new AssignmentLaunch().assignment(view(issued.assignment())).launchUrl(java.net.URI.create(issued.launchUrl()))
                .launchUrlExpiresAt(utc(issued.launchUrlExpiresAt()));
    }

    static io.aiva.api.v1.model.Assignment view(Assignment assignment) {
        TemplatePlan plan = assignment.plan();
        return new io.aiva.api.v1.model.Assignment()
                .id(assignment.id())
                .candidateId(assignment.candidateId())
                .templateId(assignment.templateId())
                .templateName(assignment.templateName())
                .status(AssignmentStatus.valueOf(assignment.status().name()))
                .language(plan.language())
                .questionCount(plan.questionCount())
                .deadline(utc(assignment.deadline()))
                .externalReference(assignment.externalReference().orElse(null))
                .startedAt(assignment.startedAt().map(AssignmentsResource::utc).orElse(null))
                .endedAt(assignment.endedAt().map(AssignmentsResource::utc).orElse(null))
                .cancelReason(assignment.cancelReason().orElse(null))
                .createdAt(utc(assignment.createdAt()))
                .updatedAt(utc(assignment.updatedAt()));
    }

    private static InterviewRecord record(UUID assignmentId, io.aiva.core.session.InterviewRecord record) {
        InterviewSession session = record.session();
        return new InterviewRecord()
                .assignmentId(assignmentId)
                .aiNoticeVersion(session.noticeVersion().orElse(null))
                .consentedAt(session.consentedAt().map(AssignmentsResource::utc).orElse(null))
                .recordingConsent(session.recordingConsent().orElse(null))
                .startedAt(session.startedAt().map(AssignmentsResource::utc).orElse(null))
                .completedAt(session.completedAt().map(AssignmentsResource::utc).orElse(null))
                .questions(record.questions().stream().map(AssignmentsResource::asked).toList());
    }

    private static AskedQuestion asked(AskedWithAnswers asked) {
        QuestionContent content = asked.question().content();
        return new AskedQuestion()
                .id(asked.question().id())
                .ordinal(asked.question().ordinal())
                .sectionTitle(asked.sectionTitle())
                .questionId(asked.question().questionId())
                .type(QuestionType.fromValue(content.type().code()))
                .competency(content.competency())
                .difficulty(content.difficulty())
                .title(content.title())
                .prompt(content.prompt())
                .askedAt(utc(asked.question().askedAt()))
                .answers(asked.answers().stream().map(AssignmentsResource::answer).toList());
    }

    private static AnswerRecord answer(Answer answer) {
        AnswerContent content = answer.content();
        return new AnswerRecord()
                .attempt(answer.attempt())
                .mode(AnswerMode.valueOf(content.mode().name()))
                .transcript(content.transcript())
                .text(content.text())
                .code(content.code())
                .codeLanguage(content.codeLanguage())
                .mediaRef(content.mediaRef())
                .startedAt(utc(content.startedAt()))
                .durationMs(content.durationMs())
                .submittedAt(utc(answer.submittedAt()))
                .late(answer.late());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
