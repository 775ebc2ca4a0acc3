package io.aiva.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void perfectAgreementIsOneEverywhereAndNoError() {
        double[] scores = {0, 0.2, 0.4, 0.6, 0.8, 1};

        Agreement agreement = Agreement.between(scores, scores);

        assertThat(agreement.pearson()).hasValueCloseTo(1.0, within(1e-12));
        assertThat(agreement.spearman()).hasValueCloseTo(1.0, within(1e-12));
        assertThat(agreement.rmse()).isZero();
        assertThat(agreement.quadraticKappa()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void matchesValuesWorkedOutByHand() {
        double[] predicted = {0.1, 0.4, 0.35, 0.8};
        double[] human = {0.0, 0.5, 0.5, 1.0};

        Agreement agreement = Agreement.between(predicted, human);

        // mean p = 0.4125, mean h = 0.5; Σ(dp·dh) = 0.35, Σdp² = 0.251875, Σdh² = 0.5
        assertThat(agreement.pearson()).hasValueCloseTo(0.35 / Math.sqrt(0.251875 * 0.5), within(1e-9));
        // ranks: predicted 1,3,2,4; human 1,2.5,2.5,4
        assertThat(agreement.spearman()).hasValueCloseTo(0.9486832981, within(1e-9));
        assertThat(agreement.rmse()).isCloseTo(Math.sqrt((0.01 + 0.01 + 0.0225 + 0.04) / 4), within(1e-12));
    }

    @Test
    void gradesRoundHalvesUpOnSixGrades() {
        assertThat(Agreement.grade(0.5)).isEqualTo(3);
        assertThat(Agreement.grade(0.3)).isEqualTo(2);
        assertThat(Agreement.grade(0.29)).isEqualTo(1);
        assertThat(Agreement.grade(1)).isEqualTo(5);
        assertThat(Agreement.grade(-0.2)).isZero();
    }

    @Test
    void aConstantScorerHasNoCorrelationAndNoKappa() {
        double[] human = {0, 0.5, 1, 1};

        Agreement agreement = Agreement.between(new double[] {0.625, 0.625, 0.625, 0.625}, human);

        assertThat(agreement.pearson()).isEmpty();
        assertThat(agreement.spearman()).isEmpty();
        assertThat(agreement.quadraticKappa()).isZero();
    }

    @Test
    void kappaPenalisesDistantGradesMoreThanNearOnes() {
        double[] human = {0, 0.2, 0.4, 0.6, 0.8, 1};
        double near = Agreement.between(new double[] {0.2, 0.2, 0.6, 0.6, 1, 1}, human).quadraticKappa();
        double far = Agreement.between(new double[] {1, 0.8, 0.6, 0.4, 0.2, 0}, human).quadraticKappa();

        assertThat(near).isGreaterThan(0.8);
        assertThat(far).isNegative();
    }
}
