package io.aiva.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ConfiguredCodeRunnerTest {

    @Test
    void languageIdsAreReadAsPairsAndANonsensePairIsNamed() {
        assertThat(ConfiguredCodeRunner.languageIds(" python=92, java = 91 ,")).containsExactly(
                Map.entry("python", 92), Map.entry("java", 91));
        assertThat(ConfiguredCodeRunner.languageIds("")).isEmpty();
        assertThatThrownBy(() -> ConfiguredCodeRunner.languageIds("python=71,java")).hasMessageContaining("'java' is not one");
        assertThatThrownBy(() -> ConfiguredCodeRunner.languageIds("python=seventy")).hasMessageContaining("'python=seventy'");
    }
}
