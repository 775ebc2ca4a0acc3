package io.aiva.core.apiclient;

/** An API client with a secret just issued, to be shown once. */
public record IssuedSecret(ApiClient client, String secret) {
}
