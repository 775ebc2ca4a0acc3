package io.aiva.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StarStructureTest {

    @Test
    void findsEachPartOfAWellToldStory() {
        StarStructure star = StarStructure.of("At my previous job the release pipeline broke every week. "
                + "I was responsible for getting releases back on schedule. "
                + "First, I measured where the builds failed, then I split the flaky tests into their own stage. "
                + "As a result, failed releases dropped by 80% within a month.");

        assertThat(star.situation()).hasValue("At my previous job the release pipeline broke every week.");
        assertThat(star.task()).hasValue("I was responsible for getting releases back on schedule.");
        assertThat(star.action()).hasValueSatisfying(sentence -> assertThat(sentence).startsWith("First, I measured"));
        assertThat(star.result()).hasValueSatisfying(sentence -> assertThat(sentence).startsWith("As a result"));
        assertThat(star.completeness()).isEqualTo(1.0);
        assertThat(star.missing()).isEmpty();
    }

    @Test
    void namesWhatAStoryWithoutAnOutcomeLacks() {
        StarStructure star = StarStructure.of("We had a conflict in the team about code reviews. I talked to both engineers.");

        assertThat(star.situation()).isPresent();
        assertThat(star.action()).isPresent();
        assertThat(star.missing()).containsExactly("task", "result");
        assertThat(star.completeness()).isEqualTo(0.5);
    }

    @Test
    void aGenericClaimIsNoStory() {
        StarStructure star = StarStructure.of("I am a great team player and always communicate well.");

        assertThat(star.completeness()).isZero();
        assertThat(star.missing()).containsExactly("situation", "task", "action", "result");
    }
}
