package io.aiva.core.question;

import java.util.List;

/** A job role the library knows, with the competencies it usually calls for. */
public record JobRole(String key, String title, List<String> competencies) {
}
