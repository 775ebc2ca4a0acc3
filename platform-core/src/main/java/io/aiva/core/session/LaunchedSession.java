package io.aiva.core.session;

/** An interview just opened: the session token (shown this once) and where the interview is. */
public record LaunchedSession(String sessionToken, SessionState state) {
}
