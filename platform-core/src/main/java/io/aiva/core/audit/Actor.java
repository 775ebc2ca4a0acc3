package io.aiva.core.audit;

/**
 * Who did something and in which request: the token's subject and user name (or client id), and
 * the request id the caller can quote to support. Empty parts are null, never made up.
 */
public record Actor(String id, String name, String requestId) {
}
