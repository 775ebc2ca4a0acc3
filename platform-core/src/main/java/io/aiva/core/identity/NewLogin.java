package io.aiva.core.identity;

/** A login just created, with the temporary password its owner must replace at first sign-in. */
public record NewLogin(String userId, String email, String temporaryPassword) {
}
