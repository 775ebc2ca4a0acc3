package io.aiva.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class Judge0SettingsTest {

    @Test
    void everyLanguageTheInterviewOffersHasAJudge0CeId() {
        // The candidate portal's codeLanguage enum: java, python, javascript.
        assertThat(Judge0Settings.DEFAULT_LANGUAGE_IDS).containsEntry("java", 62).containsEntry("python", 71)
                .containsEntry("javascript", 63);
    }

    @Test
    void overridesReplaceOrAddLanguagesAndKeepTheOthers() {
        Judge0Settings settings = Judge0Settings.selfHosted("http://judge0:2358/", null, null)
                .withLanguageIds(Map.of("Python", 92, "swift", 83));

        assertThat(settings.languageIds()).containsEntry("python", 92).containsEntry("swift", 83).containsEntry("java", 62);
        assertThat(settings.baseUrl()).isEqualTo("http://judge0:2358");
    }

    @Test
    void theCredentialsStayOutOfTheTextOfTheSettings() {
        assertThat(Judge0Settings.rapidApi("rapid-secret-key").toString())
                .contains("https://judge0-ce.p.rapidapi.com", "X-RapidAPI-Key").doesNotContain("rapid-secret-key");
        assertThat(Judge0Settings.selfHosted("http://judge0:2358", null, "auth-secret").toString())
                .contains("X-Auth-Token").doesNotContain("auth-secret");
        assertThat(Judge0Settings.selfHosted("http://judge0:2358", "X-Auth-Token", "  ").headers()).isEmpty();
    }

    @Test
    void boundsThatCannotWorkAreRefused() {
        Judge0Settings settings = Judge0Settings.selfHosted("http://judge0:2358", null, null);

        assertThatThrownBy(() -> settings.withPolling(Duration.ofSeconds(-1), Duration.ofSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withPolling(Duration.ofSeconds(1), Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withMaxBatchSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withMaxOutputChars(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
