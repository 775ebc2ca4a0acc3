package io.aiva.core.migration;

/** Fired once the database has every migration this build carries, for work that needs the schema. */
public record SchemaCurrent() {
}
