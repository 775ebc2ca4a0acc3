package io.aiva.core.scorecard;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.github.kagkarlsson.scheduler.task.Task;

import io.aiva.core.analysis.AnsweredQuestion;
import io.aiva.core.analysis.ConfiguredAnalysis;
import io.aiva.core.assignment.AssignmentJob;
import io.aiva.core.company.CompanyPreferences;
import io.aiva.core.event.EventRecorded;
import io.aiva.core.event.Events;
import io.aiva.core.job.JobType;
import io.aiva.core.job.Jobs;
import io.aiva.core.speech.AudioFormat;
import io.aiva.core.speech.ConfiguredSpeech;
import io.aiva.core.speech.RecordedAudio;
import io.aiva.core.speech.SpeechTranscriber;
import io.aiva.core.speech.TranscriptionUnavailableException;
import io.aiva.core.template.AnswerMode;
import io.aiva.core.tenancy.ActingForCompany;

/**
 * Scores every completed interview: the completion's transaction schedules a durable job, which
 * reads the interview (one transaction), runs the analysis the company chose outside any transaction (a model may take
 * seconds per answer, holding no connection meanwhile), then writes the scorecard and its
 * {@code scorecard.ready} event (another), acting for the interview's company as a request of that
 * company would. Retried with backoff if it fails; never two scorecards for one interview.
 */
@ApplicationScoped
public class InterviewScoring implements JobType {

    static final String JOB_NAME = "interview-scoring";

    @Inject
    Jobs jobs;

    @Inject
    Scorecards scorecards;

    @Inject
    ConfiguredAnalysis analysis;

    @Inject
    CompanyPreferences preferences;

    @Inject
    ConfiguredSpeech speech;

    @Inject
    ActingForCompany company;

    private final Clock clock = Clock.systemUTC();
    private Task<AssignmentJob.Due> task;

    @PostConstruct
    void defineTask() {
        task = AssignmentJob.task(JOB_NAME, company, this::score);
    }

    @Override
    public Task<?> task() {
        return task;
    }

    void scheduleOnCompletion(@Observes EventRecorded recorded) {
        if (Events.ASSIGNMENT_COMPLETED.equals(recorded.event().type())) {
            UUID assignmentId = recorded.event().subjectId();
            jobs.schedule(AssignmentJob.of(JOB_NAME, recorded.tenantId(), assignmentId), clock.instant());
        }
    }

    private void score(UUID assignmentId) {
        scorecards.toScore(assignmentId).ifPresent(interview -> scorecards.record(assignmentId,
                analysis.analysisFor(preferences.current().analysisProvider()).assess(transcribed(interview))));
    }

    /**
     * Spoken answers with a recording in Cloud Storage, transcribed by the deployment's speech
     * service when it has one; an answer it cannot transcribe keeps the browser's transcript and
     * says why. Outside any transaction, like every call to a vendor.
     */
    private List<AnsweredQuestion> transcribed(List<AnsweredQuestion> interview) {
        Optional<SpeechTranscriber> transcriber = speech.transcriber();
        if (transcriber.isEmpty()) {
            return interview;
        }
        return interview.stream().map(asked -> asked.answer()
                .filter(answer -> answer.mode() == AnswerMode.VOICE && answer.mediaRef() != null && !answer.mediaRef().isBlank())
                .map(answer -> transcribed(transcriber.get(), asked, answer.mediaRef()))
                .orElse(asked)).toList();
    }

    private static AnsweredQuestion transcribed(SpeechTranscriber transcriber, AnsweredQuestion asked, String recording) {
        if (!RecordedAudio.isStored(recording)) {
            return asked.notTranscribed("The recording is not in Cloud Storage, so the transcript the browser sent was scored.");
        }
        try {
            return asked.transcribed(transcriber.transcribe(RecordedAudio.stored(recording, AudioFormat.browserRecording()),
                    ConfiguredSpeech.speechLanguage(asked.question().language())));
        } catch (TranscriptionUnavailableException e) {
            return asked.notTranscribed("The recording could not be transcribed (" + e.getMessage()
                    + "), so the transcript the browser sent was scored.");
        }
    }
}
