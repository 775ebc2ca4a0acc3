package io.aiva.core.migration;

/**
 * Fired once the database has every migration this build carries, for work that needs the schema:
 * synchronously for work the server must finish before it is ready, asynchronously for the rest.
 */
public record SchemaCurrent() {
}
