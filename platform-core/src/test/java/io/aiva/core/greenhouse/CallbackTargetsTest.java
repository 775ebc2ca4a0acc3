package io.aiva.core.greenhouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CallbackTargetsTest {

    private final CallbackTargets production = new CallbackTargets(List.of("app.greenhouse.io", " App.EU.Greenhouse.io "), false);

    @Test
    void onlyHttpsUrlsOfGreenhousesHostsAreCalled() {
        assertThat(production.refusal("https://app.greenhouse.io/integrations/testing_partners/take_home_tests/12345")).isEmpty();
        assertThat(production.refusal("https://app.eu.greenhouse.io/integrations/testing_partners/take_home_tests/1")).isEmpty();
        assertThat(production.refusal("http://app.greenhouse.io/integrations/x")).hasValue("must be an https URL");
        assertThat(production.refusal("https://attacker.example/steal")).get().asString().startsWith("must be a URL of Greenhouse");
        assertThat(production.refusal("https://app.greenhouse.io.attacker.example/x")).isPresent();
        assertThat(production.refusal("https://user:pass@app.greenhouse.io/x")).isPresent();
        assertThat(production.refusal("not a url at all")).isPresent();
    }

    @Test
    void aDevelopmentStackAlsoCallsPlainHttpOnItsListedHosts() {
        CallbackTargets development = new CallbackTargets(List.of("127.0.0.1"), true);

        assertThat(development.refusal("http://127.0.0.1:8089/integrations/testing_partners/take_home_tests/1")).isEmpty();
        assertThat(development.refusal("http://localhost:8089/x")).isPresent();
    }
}
