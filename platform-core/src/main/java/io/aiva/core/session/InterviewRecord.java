package io.aiva.core.session;

import java.util.List;

/** An interview as taken so far, for the company that assigned it. */
public record InterviewRecord(InterviewSession session, List<AskedWithAnswers> questions) {
}
