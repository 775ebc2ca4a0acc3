package io.aiva.core.question;

/** A program's input and the output expected of it; hidden tests are never shown to the candidate. */
public record CodeTest(String name, String stdin, String expectedOutput, boolean hidden) {
}
