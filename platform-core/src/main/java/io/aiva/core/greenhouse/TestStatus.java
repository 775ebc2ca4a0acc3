package io.aiva.core.greenhouse;

import java.util.Map;

/**
 * What {@code test_status} answers: Greenhouse's {@code partner_status} ({@code complete} once the
 * scorecard is ready, which is the only value Greenhouse defines), the link to the result, the score
 * 0–100 (null until complete), and flat metadata whose values are strings or numbers.
 */
public record TestStatus(String status, String profileUrl, Integer score, Map<String, Object> metadata) {

    public static final String COMPLETE = "complete";
}
