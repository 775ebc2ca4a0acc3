package io.aiva.core.template;

/** How a candidate may answer. */
public enum AnswerMode {
    VOICE, TEXT, CODE
}
