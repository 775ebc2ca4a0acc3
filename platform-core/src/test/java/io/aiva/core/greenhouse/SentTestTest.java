package io.aiva.core.greenhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.aiva.core.InvalidInputException;

/** Greenhouse's send_test example (developers.greenhouse.io/assessment.html#send-test), and what is made of it. */
class SentTestTest {

    private static final String PROFILE = "https://app.greenhouse.io/people/17681532?application_id=26234709";
    private static final String URL = "https://app.greenhouse.io/integrations/testing_partners/take_home_tests/12345";

    @Test
    void greenhousesPersonAndApplicationAreReadFromTheProfileUrl() {
        SentTest sent = new SentTest("12345", "Harry", "Potter", "hpotter@hogwarts.edu", "123-456-7890", PROFILE, URL);

        sent.validate();
        assertThat(sent.personId()).hasValue("17681532");
        assertThat(sent.applicationId()).hasValue("26234709");
        assertThat(sent.phone()).hasValue("123-456-7890");
    }

    @Test
    void aProfileUrlOfAnotherShapeLeavesThemUnknownAndAnOddPhoneIsDropped() {
        SentTest sent = new SentTest("12345", " Harry ", "Potter", "hpotter@hogwarts.edu", "call me maybe",
                "https://app.greenhouse.io/people?application_id=x", URL);

        sent.validate();
        assertThat(sent.firstName()).isEqualTo("Harry");
        assertThat(sent.personId()).isEmpty();
        assertThat(sent.applicationId()).isEmpty();
        assertThat(sent.phone()).isEmpty();
    }

    @Test
    void everyRequiredFieldMissingIsNamedAsGreenhouseSpellsIt() {
        SentTest sent = new SentTest(null, "", "Potter", "not an address", null, null, " ");

        assertThatThrownBy(sent::validate).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.issues())
                .extracting(InvalidInputException.Issue::field)
                .containsExactly("/partner_test_id", "/candidate/first_name", "/candidate/email",
                        "/candidate/greenhouse_profile_url", "/url"));
    }
}
