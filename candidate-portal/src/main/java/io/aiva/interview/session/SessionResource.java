package io.aiva.interview.session;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.aiva.core.question.CodingTask;
import io.aiva.core.question.QuestionContent;
import io.aiva.core.question.QuestionType;
import io.aiva.core.scorecard.CandidateFeedback;
import io.aiva.core.session.AnswerContent;
import io.aiva.core.session.CandidateSessions;
import io.aiva.core.session.SessionQuestion;
import io.aiva.core.session.SessionState;
import io.aiva.core.template.AnswerMode;
import io.aiva.core.template.Section;
import io.aiva.interview.v1.SessionApi;
import io.aiva.interview.v1.model.AiUseNotice;
import io.aiva.interview.v1.model.AnswerSubmission;
import io.aiva.interview.v1.model.AnsweredQuestion;
import io.aiva.interview.v1.model.CodeTest;
import io.aiva.interview.v1.model.Consent;
import io.aiva.interview.v1.model.CurrentQuestion;
import io.aiva.interview.v1.model.InterviewFeedback;
import io.aiva.interview.v1.model.LaunchRequest;
import io.aiva.interview.v1.model.LaunchedSession;
import io.aiva.interview.v1.model.QuestionFeedback;
import io.aiva.interview.v1.model.SessionStatus;
import io.aiva.web.problem.ProblemKind;
import io.aiva.web.problem.ProblemResponses;

/** The candidate's side of an interview: open the link, consent, read where it is, answer, finish. */
@RequestScoped
public class SessionResource implements SessionApi {

    @Inject
    CandidateSessions sessions;

    @Inject
    CandidateCaller caller;

    @Inject
    CandidateFeedback feedback;

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @Override
    public Response launchInterview(LaunchRequest request) {
        io.aiva.core.session.LaunchedSession launched = sessions.launch(request.getToken().strip(),
                Optional.ofNullable(request.getHostOrigin()).filter(origin -> !origin.isBlank()));
        return Response.status(Response.Status.CREATED)
                .entity(new LaunchedSession().sessionToken(launched.sessionToken()).state(view(launched.state()))).build();
    }

    @Override
    public Response getSession() {
        return Response.ok(view(sessions.state(caller.sessionId()))).build();
    }

    @Override
    public Response giveConsent(Consent consent) {
        return Response.ok(view(sessions.consent(caller.sessionId(), consent.getAiNoticeVersion(),
                consent.getRecordingConsent()))).build();
    }

    @Override
    public Response submitAnswer(UUID questionId, Integer attempt, AnswerSubmission submission) {
        AnswerContent content = new AnswerContent(AnswerMode.valueOf(submission.getMode().name()), submission.getTranscript(),
                submission.getText(), submission.getCode(),
                submission.getCodeLanguage() == null ? null : submission.getCodeLanguage().toString(),
                submission.getMediaRef(), submission.getStartedAt().toInstant(), submission.getDurationMs());
        return sessions.answer(caller.sessionId(), questionId, attempt, content)
                .map(receipt -> Response.status(receipt.created() ? Response.Status.CREATED : Response.Status.OK)
                        .entity(view(receipt.state())).build())
                .orElseGet(() -> problems.problem(ProblemKind.NOT_FOUND, "This interview has no such question.", uri, null));
    }

    @Override
    public Response completeInterview() {
        return Response.ok(view(sessions.complete(caller.sessionId()))).build();
    }

    @Override
    public Response getInterviewFeedback() {
        return feedback.forSession(caller.sessionId())
                .map(found -> Response.ok(new InterviewFeedback()
                        .status(found.ready() ? InterviewFeedback.StatusEnum.READY : InterviewFeedback.StatusEnum.PENDING)
                        .questions(found.ready() ? found.questions().stream().map(question -> new QuestionFeedback()
                                .ordinal(question.ordinal()).title(question.title()).suggestion(question.suggestion().orElse(null)))
                                .toList() : null))
                        .build())
                .orElseGet(() -> problems.problem(ProblemKind.NOT_FOUND, "This company does not share feedback with its candidates.",
                        uri, null));
    }

    private static io.aiva.interview.v1.model.SessionState view(SessionState state) {
        return new io.aiva.interview.v1.model.SessionState()
                .status(SessionStatus.valueOf(state.status().name()))
                .companyName(state.companyName())
                .interviewName(state.plan().name())
                .language(state.plan().language())
                .questionCount(state.plan().questionCount())
                .deadline(utc(state.deadline()))
                .timeRemainingSeconds(state.timeRemaining().map(left -> left.toSeconds()).orElse(null))
                .aiNotice(new AiUseNotice().version(io.aiva.core.session.AiUseNotice.VERSION)
                        .text(io.aiva.core.session.AiUseNotice.TEXT))
                .recordingConsent(state.recordingConsent().orElse(null))
                .currentQuestion(state.current().map(question -> current(state, question)).orElse(null))
                .answered(state.answered().stream().map(SessionResource::answered).toList());
    }

    private static CurrentQuestion current(SessionState state, SessionQuestion question) {
        QuestionContent content = question.content();
        Section section = state.sectionOf(question);
        CurrentQuestion view = new CurrentQuestion()
                .id(question.id())
                .ordinal(question.ordinal())
                .sectionTitle(section.title())
                .type(CurrentQuestion.TypeEnum.fromValue(content.type().code()))
                .title(content.title())
                .prompt(content.prompt())
                .answerModes(answerModes(state, content))
                .timeLimitSeconds(section.questionTimeLimitSeconds())
                .askedAt(utc(question.askedAt()));
        if (content.coding() != null) {
            CodingTask task = content.coding().forCandidate();
            view.starterCode(task.starterCode()).visibleTests(task.tests().stream()
                    .map(test -> new CodeTest().name(test.name()).stdin(test.stdin()).expectedOutput(test.expectedOutput()))
                    .toList());
        }
        return view;
    }

    /** Code for coding questions, voice and text for the others, as far as the interview allows them. */
    private static List<io.aiva.interview.v1.model.AnswerMode> answerModes(SessionState state, QuestionContent content) {
        return state.plan().answerModes().stream()
                .filter(mode -> (mode == AnswerMode.CODE) == (content.type() == QuestionType.CODING))
                .filter(mode -> mode != AnswerMode.VOICE || state.recordingConsent().orElse(false))
                .sorted()
                .map(mode -> io.aiva.interview.v1.model.AnswerMode.valueOf(mode.name()))
                .toList();
    }

    private static AnsweredQuestion answered(SessionQuestion question) {
        return new AnsweredQuestion().id(question.id()).ordinal(question.ordinal()).title(question.content().title())
                .attempt(question.latestAttempt().orElseThrow()).submittedAt(utc(question.answeredAt().orElseThrow()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
