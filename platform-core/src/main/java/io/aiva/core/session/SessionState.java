package io.aiva.core.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.aiva.core.template.Section;
import io.aiva.core.template.TemplatePlan;

/**
 * Everything the interview room shows: the status, the interview, the current question (asked and
 * kept, so a reload shows the same one), the time left and what is answered.
 */
public record SessionState(SessionStatus status, String companyName, TemplatePlan plan, Instant deadline,
        Optional<Duration> timeRemaining, Optional<Boolean> recordingConsent, Optional<SessionQuestion> current,
        List<SessionQuestion> answered) {

    public Section sectionOf(SessionQuestion question) {
        return plan.sections().get(question.sectionIndex());
    }
}
