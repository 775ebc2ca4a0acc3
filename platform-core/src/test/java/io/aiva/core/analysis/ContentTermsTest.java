package io.aiva.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentTermsTest {

    @Test
    void stemsDropsStopWordsAndPossessivesAndLowerCases() {
        assertThat(ContentTerms.of("The server's caches are caching the CACHED pages"))
                .containsExactly("server", "cach", "page");
    }

    @Test
    void nothingInNothingOut() {
        assertThat(ContentTerms.of(null)).isEmpty();
        assertThat(ContentTerms.of("  ")).isEmpty();
        assertThat(ContentTerms.of("the and of")).isEmpty();
    }
}
