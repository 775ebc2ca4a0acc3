package io.aiva.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void splitsAtSentenceEndsAndLineBreaks() {
        assertThat(Sentences.of("First we cache. Then e.g. we shard? Yes!\n- a bullet\n\n  "))
                .containsExactly("First we cache.", "Then e.g. we shard?", "Yes!", "- a bullet");
    }
}
