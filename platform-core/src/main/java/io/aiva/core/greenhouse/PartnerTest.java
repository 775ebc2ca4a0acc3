package io.aiva.core.greenhouse;

/** A test Greenhouse may send: one of the company's active interview templates. */
public record PartnerTest(String id, String name) {
}
