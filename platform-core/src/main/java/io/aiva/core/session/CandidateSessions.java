package io.aiva.core.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.aiva.core.RuleViolationException;
import io.aiva.core.StoredJson;
import io.aiva.core.assignment.Assignment;
import io.aiva.core.assignment.AssignmentStatus;
import io.aiva.core.assignment.Assignments;
import io.aiva.core.assignment.InvalidLaunchLinkException;
import io.aiva.core.assignment.LaunchLink;
import io.aiva.core.assignment.LaunchLinks;
import io.aiva.core.company.CompanyPreferences;
import io.aiva.core.question.Question;
import io.aiva.core.template.AnswerMode;
import io.aiva.core.template.RuleCandidates;
import io.aiva.core.template.TemplatePlan;
import io.aiva.core.tenancy.CurrentTenant;
import io.aiva.core.tenancy.Tenant;
import io.aiva.core.tenancy.TenantData;
import io.aiva.core.tenancy.TenantStatus;
import io.aiva.core.tenancy.Tenants;

/**
 * Candidates taking their interviews. A launch link opens the interview and yields a session token;
 * the token binds every later call to that one interview of that one company. Each answer is
 * committed before the call returns, and a reload finds the interview exactly where it was.
 */
@ApplicationScoped
public class CandidateSessions {

    static final int MOST_ATTEMPTS = 3;

    @Inject
    TenantData data;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Tenants tenants;

    @Inject
    Assignments assignments;

    @Inject
    LaunchLinks links;

    @Inject
    CompanyPreferences preferences;

    private final Clock clock = Clock.systemUTC();

    /**
     * Opens a launch link, framed on {@code hostOrigin}'s page when it is not empty.
     *
     * @throws InvalidLaunchLinkException when the link is altered, expired, used, replaced, or its
     *                                    interview over; or when it is framed on a site its company
     *                                    does not let embed its interviews (the link stays unused)
     */
    @Transactional(dontRollbackOn = InvalidLaunchLinkException.class)
    public LaunchedSession launch(String launchToken, Optional<String> hostOrigin) {
        LaunchLink link = links.verify(launchToken, clock.instant());
        Tenant company = tenants.find(link.tenantId()).filter(tenant -> tenant.status() == TenantStatus.ACTIVE)
                .orElseThrow(() -> new InvalidLaunchLinkException(InvalidLaunchLinkException.Reason.CLOSED,
                        "This company's interviews are not open at the moment."));
        currentTenant.actFor(company.id());
        if (hostOrigin.isPresent() && !preferences.mayEmbed(hostOrigin.get())) {
            throw new InvalidLaunchLinkException(InvalidLaunchLinkException.Reason.EMBED_NOT_ALLOWED,
                    "This company does not let " + hostOrigin.get() + " show its interviews; open the link on its own instead.");
        }
        Assignment assignment = assignments.openWithLink(link);
        EntityManager entityManager = data.forCurrentTenant();
        InterviewSession session = entityManager.createQuery(
                "SELECT s FROM InterviewSession s WHERE s.assignmentId = :assignment", InterviewSession.class)
                .setParameter("assignment", assignment.id()).getResultStream().findFirst().orElse(null);
        UUID sessionId = session == null ? UUID.randomUUID() : session.id();
        SessionTokens.Issued token = SessionTokens.issue(company.id(), sessionId);
        if (session == null) {
            session = new InterviewSession(sessionId, assignment.id(), token.hash(), clock.instant());
            entityManager.persist(session);
        } else {
            session.newToken(token.hash());
        }
        return new LaunchedSession(token.token(), state(entityManager, company, session, assignment));
    }

    /**
     * The session a token names, with the request bound to its company.
     *
     * @throws NoSessionException when the token is not (or no longer) a live session's
     */
    @Transactional
    public UUID authenticate(String sessionToken) {
        SessionTokens.Presented presented = SessionTokens.read(sessionToken).orElseThrow(NoSessionException::new);
        Tenant company = tenants.find(presented.tenantId()).filter(tenant -> tenant.status() == TenantStatus.ACTIVE)
                .orElseThrow(NoSessionException::new);
        InterviewSession session = data.forTenant(company.id()).find(InterviewSession.class, presented.sessionId());
        if (session == null || !SessionTokens.matches(presented.hash(), session.tokenHash())) {
            throw new NoSessionException();
        }
        currentTenant.actFor(company.id());
        return session.id();
    }

    /** Where the interview is; asks the next question if none is waiting for an answer. */
    @Transactional
    public SessionState state(UUID sessionId) {
        EntityManager entityManager = data.forCurrentTenant();
        InterviewSession session = entityManager.find(InterviewSession.class, sessionId);
        return state(entityManager, tenants.current(), session, assignment(session));
    }

    /** @throws RuleViolationException when the notice version is not the current one, or the interview is over */
    @Transactional
    public SessionState consent(UUID sessionId, String noticeVersion, boolean recording) {
        EntityManager entityManager = data.forCurrentTenant();
        InterviewSession session = entityManager.find(InterviewSession.class, sessionId);
        Assignment assignment = assignment(session);
        refuseClosed(assignment);
        if (!AiUseNotice.VERSION.equals(noticeVersion)) {
            throw new RuleViolationException("The notice you accepted is not the current one (" + AiUseNotice.VERSION
                    + "); read the current notice and accept it.");
        }
        session.consented(noticeVersion, recording, clock.instant());
        return state(entityManager, tenants.current(), session, assignment);
    }

    /**
     * Stores an answer, committed before this returns. The same answer again for the same attempt
     * changes nothing. A first attempt is for the question waiting for an answer; attempts 2 and 3 are
     * for the latest answered question, until the next one is answered.
     *
     * @return empty when the question is not one of this interview
     * @throws RuleViolationException when the answer cannot be taken (see above, or the interview is
     *                                over or not consented to, or the mode is not allowed)
     */
    @Transactional
    public Optional<AnswerReceipt> answer(UUID sessionId, UUID sessionQuestionId, int attempt, AnswerContent content) {
        EntityManager entityManager = data.forCurrentTenant();
        InterviewSession session = entityManager.find(InterviewSession.class, sessionId);
        SessionQuestion question = entityManager.find(SessionQuestion.class, sessionQuestionId);
        if (question == null || !question.sessionId().equals(sessionId)) {
            return Optional.empty();
        }
        String fingerprint = SessionTokens.hash(StoredJson.write(content));
        Optional<Answer> stored = entityManager.createQuery(
                "SELECT a FROM Answer a WHERE a.sessionQuestionId = :question AND a.attempt = :attempt", Answer.class)
                .setParameter("question", sessionQuestionId).setParameter("attempt", attempt).getResultStream().findFirst();
        Assignment assignment = assignment(session);
        if (stored.isPresent()) {
            if (!stored.get().fingerprint().equals(fingerprint)) {
                throw new RuleViolationException("Attempt " + attempt + " of this question was stored with another answer;"
                        + " send a new answer as the next attempt.");
            }
            return Optional.of(new AnswerReceipt(false, state(entityManager, tenants.current(), session, assignment)));
        }
        refuseClosed(assignment);
        if (!session.consented()) {
            throw new RuleViolationException("Accept the AI-use notice before answering.");
        }
        TemplatePlan plan = assignment.plan();
        refuseMode(plan, session, content.mode());
        refuseAttempt(entityManager, sessionId, question, attempt);
        Instant now = clock.instant();
        entityManager.persist(new Answer(UUID.randomUUID(), sessionQuestionId, attempt, content, fingerprint,
                timeUp(plan, session, now), now));
        question.answered(attempt, ProvisionalScore.of(question.content(), content.words()), now);
        entityManager.flush();
        return Optional.of(new AnswerReceipt(true, state(entityManager, tenants.current(), session, assignment)));
    }

    /** @throws RuleViolationException while a question waits for an answer, or the interview is closed */
    @Transactional
    public SessionState complete(UUID sessionId) {
        EntityManager entityManager = data.forCurrentTenant();
        InterviewSession session = entityManager.find(InterviewSession.class, sessionId);
        Assignment assignment = assignment(session);
        if (assignment.status() == AssignmentStatus.COMPLETED) {
            return state(entityManager, tenants.current(), session, assignment);
        }
        refuseClosed(assignment);
        SessionState state = state(entityManager, tenants.current(), session, assignment);
        if (state.status() != SessionStatus.IN_PROGRESS || state.current().isPresent()) {
            throw new RuleViolationException("Answer every question before finishing the interview.");
        }
        session.completed(clock.instant());
        assignments.complete(assignment);
        return state(entityManager, tenants.current(), session, assignment);
    }

    private Assignment assignment(InterviewSession session) {
        return assignments.find(session.assignmentId()).orElseThrow(NoSessionException::new);
    }

    private SessionState state(EntityManager entityManager, Tenant company, InterviewSession session, Assignment assignment) {
        TemplatePlan plan = assignment.plan();
        List<SessionQuestion> asked = asked(entityManager, session.id());
        Optional<SessionQuestion> waiting = asked.stream().filter(question -> question.answeredAt().isEmpty()).findFirst();
        SessionStatus status = status(session, assignment);
        if (status == SessionStatus.IN_PROGRESS && waiting.isEmpty()) {
            waiting = askNext(entityManager, session, plan, asked);
        }
        Instant now = clock.instant();
        Optional<Duration> remaining = Optional.ofNullable(plan.timeLimitMinutes()).flatMap(minutes -> session.startedAt()
                .map(started -> Duration.between(now, started.plus(Duration.ofMinutes(minutes)))))
                .map(left -> left.isNegative() ? Duration.ZERO : left);
        return new SessionState(status, company.name(), plan, assignment.deadline(), remaining, session.recordingConsent(),
                status == SessionStatus.IN_PROGRESS ? waiting : Optional.empty(),
                asked.stream().filter(question -> question.answeredAt().isPresent()).toList());
    }

    private static SessionStatus status(InterviewSession session, Assignment assignment) {
        if (assignment.status() == AssignmentStatus.COMPLETED) {
            return SessionStatus.COMPLETED;
        }
        if (!assignment.status().open()) {
            return SessionStatus.CLOSED;
        }
        return session.consented() ? SessionStatus.IN_PROGRESS : SessionStatus.CONSENT_REQUIRED;
    }

    private Optional<SessionQuestion> askNext(EntityManager entityManager, InterviewSession session, TemplatePlan plan,
            List<SessionQuestion> asked) {
        Optional<Pick> pick = QuestionEngine.next(plan, asked.stream().map(SessionQuestion::asAsked).toList(), session.id(),
                rule -> RuleCandidates.summaries(entityManager, plan.language(), rule).stream()
                        .map(question -> new PoolQuestion(question.questionId(), question.translationGroup(),
                                question.competency(), question.difficulty()))
                        .toList());
        return pick.map(next -> {
            Question question = entityManager.find(Question.class, next.questionId());
            Instant now = clock.instant();
            SessionQuestion askedNow = new SessionQuestion(UUID.randomUUID(), session.id(), asked.size() + 1, next.section(),
                    question.id(), question.translationGroup(), question.content(), now);
            entityManager.persist(askedNow);
            session.firstQuestionAsked(now);
            return askedNow;
        });
    }

    private static List<SessionQuestion> asked(EntityManager entityManager, UUID sessionId) {
        return entityManager.createQuery("SELECT q FROM SessionQuestion q WHERE q.sessionId = :session ORDER BY q.ordinal",
                SessionQuestion.class).setParameter("session", sessionId).getResultList();
    }

    private static void refuseClosed(Assignment assignment) {
        if (!assignment.status().open()) {
            throw new RuleViolationException("This interview is " + assignment.status().name().toLowerCase()
                    + " and takes no more answers.");
        }
    }

    private static void refuseMode(TemplatePlan plan, InterviewSession session, AnswerMode mode) {
        if (!plan.answerModes().contains(mode)) {
            throw new RuleViolationException("This interview takes no " + mode.name().toLowerCase() + " answers.");
        }
        if (mode == AnswerMode.VOICE && !session.recordingConsent().orElse(false)) {
            throw new RuleViolationException("A voice answer needs your consent to recording; type your answer instead.");
        }
    }

    private static void refuseAttempt(EntityManager entityManager, UUID sessionId, SessionQuestion question, int attempt) {
        List<SessionQuestion> asked = asked(entityManager, sessionId);
        boolean latestAsked = asked.get(asked.size() - 1).id().equals(question.id());
        boolean waiting = question.answeredAt().isEmpty();
        if (attempt == 1 ? !(waiting && latestAsked) : waiting || question.latestAttempt().orElse(0) != attempt - 1
                || attempt > MOST_ATTEMPTS || !latestAnswered(asked, question)) {
            throw new RuleViolationException(attempt == 1
                    ? "This question is not the one waiting for an answer."
                    : "Attempt " + attempt + " is not open for this question: give attempts in order, at most "
                            + MOST_ATTEMPTS + ", and only before answering the next question.");
        }
    }

    /** Whether no question asked after this one has an answer yet. */
    private static boolean latestAnswered(List<SessionQuestion> asked, SessionQuestion question) {
        return asked.stream().filter(other -> other.ordinal() > question.ordinal()).allMatch(other -> other.answeredAt().isEmpty());
    }

    private static boolean timeUp(TemplatePlan plan, InterviewSession session, Instant now) {
        return plan.timeLimitMinutes() != null && session.startedAt()
                .map(started -> now.isAfter(started.plus(Duration.ofMinutes(plan.timeLimitMinutes())))).orElse(false);
    }
}
