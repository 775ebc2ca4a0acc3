package io.aiva.core.template;

import java.util.List;
import java.util.UUID;

/** A part of an interview: fixed questions asked in order, or a rule that picks them. */
public record Section(String title, List<UUID> questionIds, SelectionRule rule, Integer timeLimitMinutes,
        Integer questionTimeLimitSeconds) {

    public Section {
        questionIds = questionIds == null ? null : List.copyOf(questionIds);
    }

    /** How many questions the section asks. */
    public int questionCount() {
        return rule != null ? rule.count() : questionIds.size();
    }
}
