package io.aiva.core.greenhouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GreenhouseStatusTest {

    @Test
    void scoresAreWholeNumbersFrom0To100WithHalvesRoundedUp() {
        assertThat(GreenhouseStatus.partnerScore(0)).isZero();
        assertThat(GreenhouseStatus.partnerScore(1)).isEqualTo(100);
        assertThat(GreenhouseStatus.partnerScore(0.125)).isEqualTo(13);
        assertThat(GreenhouseStatus.partnerScore(0.124)).isEqualTo(12);
        assertThat(GreenhouseStatus.partnerScore(0.815)).isEqualTo(82);
        assertThat(GreenhouseStatus.partnerScore(2.0 / 3)).isEqualTo(67);
    }
}
