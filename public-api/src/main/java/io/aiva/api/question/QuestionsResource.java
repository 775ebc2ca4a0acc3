package io.aiva.api.question;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
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
import io.aiva.api.v1.QuestionsApi;
import io.aiva.api.v1.model.CodeTest;
import io.aiva.api.v1.model.CodingTask;
import io.aiva.web.problem.FieldIssue;
import io.aiva.api.v1.model.QuestionPage;
import io.aiva.api.v1.model.QuestionSource;
import io.aiva.api.v1.model.QuestionStatus;
import io.aiva.api.v1.model.QuestionType;
import io.aiva.api.v1.model.QuestionWrite;
import io.aiva.api.v1.model.RubricCriterion;
import io.aiva.core.paging.Position;
import io.aiva.core.question.Question;
import io.aiva.core.question.QuestionContent;
import io.aiva.core.question.QuestionFilter;
import io.aiva.core.question.Questions;

/** The company's question bank: AIVA's library, read-only, and the company's own questions. */
@RequestScoped
@IdempotentPosts
@RolesAllowed({"company-admin", "recruiter", "integration"})
public class QuestionsResource implements QuestionsApi {

    @Inject
    Questions questions;

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @Override
    public Response listQuestions(Integer limit, String cursor, QuestionType type, String competency, Integer difficulty,
            String language, QuestionSource source, QuestionStatus status, String jobRole, String q) {
        QuestionFilter filter = new QuestionFilter(
                type == null ? null : io.aiva.core.question.QuestionType.ofCode(type.toString()), competency, difficulty,
                language, source == null ? null : Question.Source.valueOf(source.name()),
                status == null ? null : Question.Status.valueOf(status.name()), jobRole, q);
        NewestFirst<Question> page = NewestFirst.of(questions.page(filter, NewestFirst.after(cursor), limit + 1), limit,
                question -> new Position(question.createdAt(), question.id()));
        QuestionPage body = new QuestionPage().data(page.items().stream().map(QuestionsResource::view).toList())
                .nextCursor(page.nextCursor());
        return Response.ok(body).build();
    }

    @Override
    public Response createQuestion(QuestionWrite request, String idempotencyKey) {
        Optional<Response> invalid = codingMismatch(request);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        return created(questions.create(content(request)));
    }

    @Override
    public Response getQuestion(UUID questionId) {
        return questions.find(questionId).map(QuestionsResource::found).orElseGet(this::notFound);
    }

    @Override
    public Response replaceQuestion(UUID questionId, QuestionWrite request, String ifMatch) {
        Optional<Response> invalid = codingMismatch(request);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        return questions.change(questionId, EntityTags.expectedVersion(ifMatch), content(request))
                .map(QuestionsResource::found).orElseGet(this::notFound);
    }

    @Override
    public Response archiveQuestion(UUID questionId) {
        return questions.archive(questionId) ? Response.noContent().build() : notFound();
    }

    @Override
    public Response copyQuestion(UUID questionId, String idempotencyKey) {
        return questions.copy(questionId).map(this::created).orElseGet(this::notFound);
    }

    private Response created(Question question) {
        return Response.created(uri.getBaseUriBuilder().path("v1/questions/{id}").build(question.id()))
                .header(HttpHeaders.ETAG, EntityTags.of(question.version())).entity(view(question)).build();
    }

    private static Response found(Question question) {
        return Response.ok(view(question)).header(HttpHeaders.ETAG, EntityTags.of(question.version())).build();
    }

    private Response notFound() {
        return problems.problem(ProblemKind.NOT_FOUND, "Your company has no question with this id.", uri, null);
    }

    /** A coding question needs its task, and no other question may have one. */
    private Optional<Response> codingMismatch(QuestionWrite request) {
        boolean coding = request.getType() == QuestionType.CODING;
        if (coding == (request.getCoding() != null)) {
            return Optional.empty();
        }
        String reason = coding ? "is required for a coding question" : "is only for coding questions";
        return Optional.of(problems.problem(ProblemKind.VALIDATION_FAILED, "The request has invalid fields.", uri,
                List.of(new FieldIssue("/coding", reason))));
    }

    private static QuestionContent content(QuestionWrite request) {
        CodingTask coding = request.getCoding();
        return new QuestionContent(io.aiva.core.question.QuestionType.ofCode(request.getType().toString()),
                request.getCompetency(), request.getDifficulty(), request.getLanguage(), request.getTitle().strip(),
                request.getPrompt().strip(), request.getReferenceAnswer(),
                request.getRubric().stream().map(criterion -> new io.aiva.core.question.RubricCriterion(
                        criterion.getCriterion().strip(), criterion.getWeight(), criterion.getGood().strip(),
                        criterion.getPoor().strip())).toList(),
                request.getJobRoles(), request.getTags(), request.getSuggestedMinutes(),
                coding == null ? null : new io.aiva.core.question.CodingTask(coding.getTimeLimitSeconds(),
                        coding.getMemoryLimitMb(), coding.getStarterCode(),
                        coding.getTests().stream().map(test -> new io.aiva.core.question.CodeTest(test.getName(),
                                test.getStdin(), test.getExpectedOutput(), test.getHidden())).toList(),
                        null));
    }

    static io.aiva.api.v1.model.Question view(Question question) {
        QuestionContent content = question.content();
        io.aiva.api.v1.model.Question view = new io.aiva.api.v1.model.Question()
                .id(question.id())
                .source(QuestionSource.valueOf(question.source().name()))
                .libraryKey(question.libraryKey().orElse(null))
                .status(QuestionStatus.valueOf(question.status().name()))
                .type(QuestionType.fromValue(content.type().code()))
                .competency(content.competency())
                .difficulty(content.difficulty())
                .language(content.language())
                .title(content.title())
                .prompt(content.prompt())
                .referenceAnswer(content.referenceAnswer())
                .rubric(content.rubric().stream().map(criterion -> new RubricCriterion().criterion(criterion.criterion())
                        .weight(criterion.weight()).good(criterion.good()).poor(criterion.poor())).toList())
                .jobRoles(content.jobRoles())
                .tags(content.tags())
                .suggestedMinutes(content.suggestedMinutes())
                .translationGroup(question.translationGroup())
                .createdAt(question.createdAt().atOffset(ZoneOffset.UTC))
                .updatedAt(question.updatedAt().atOffset(ZoneOffset.UTC));
        if (content.coding() != null) {
            io.aiva.core.question.CodingTask task = content.coding();
            view.coding(new CodingTask().timeLimitSeconds(task.timeLimitSeconds()).memoryLimitMb(task.memoryLimitMb())
                    .starterCode(task.starterCode())
                    .tests(task.tests().stream().map(test -> new CodeTest().name(test.name()).stdin(test.stdin())
                            .expectedOutput(test.expectedOutput()).hidden(test.hidden())).toList()));
        }
        return view;
    }
}
