package io.aiva.core.analysis;

import java.util.List;

/**
 * How much of what a good answer says an answer said: its score in 0..1, the reference's content
 * terms it used, and those it missed, rarest (most telling) first.
 */
public record Coverage(double score, List<String> covered, List<String> missed) {

    public Coverage {
        covered = List.copyOf(covered);
        missed = List.copyOf(missed);
    }

    static Coverage none(List<String> missed) {
        return new Coverage(0, List.of(), missed);
    }
}
