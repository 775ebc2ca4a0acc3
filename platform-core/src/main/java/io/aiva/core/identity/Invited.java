package io.aiva.core.identity;

/** Someone just invited, with the temporary password to hand over once. */
public record Invited(Member member, String temporaryPassword) {
}
