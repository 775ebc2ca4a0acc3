package io.aiva.core.template;

import java.util.List;
import java.util.Set;

/** Everything a template says about the interviews made from it. */
public record TemplatePlan(String name, String description, String jobRole, String language, Set<AnswerMode> answerModes,
        Avatar avatar, Integer timeLimitMinutes, List<Section> sections) {

    public TemplatePlan {
        answerModes = Set.copyOf(answerModes);
        avatar = avatar == null ? Avatar.BROWSER : avatar;
        sections = List.copyOf(sections);
    }

    public int questionCount() {
        return sections.stream().mapToInt(Section::questionCount).sum();
    }
}
