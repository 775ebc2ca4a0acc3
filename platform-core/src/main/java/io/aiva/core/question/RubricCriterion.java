package io.aiva.core.question;

/**
 * One thing an answer is judged on, its weight among the question's criteria, and what a good and a
 * poor answer show (observable statements, so that a scorer can point at the evidence).
 */
public record RubricCriterion(String criterion, int weight, String good, String poor) {
}
