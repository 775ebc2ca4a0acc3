package io.aiva.core.analysis;

/** A competency's score: the mean of its questions' scores. */
public record CompetencyResult(String competency, double score, int questions) {
}
