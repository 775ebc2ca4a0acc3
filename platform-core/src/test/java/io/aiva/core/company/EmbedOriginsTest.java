package io.aiva.core.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.aiva.core.InvalidInputException;

class EmbedOriginsTest {

    @Test
    void httpsOriginsAndLocalhostAreAcceptedAndWrittenAsBrowsersSendThem() {
        List<String> given = List.of("https://Careers.Acme.com/", "https://ats.example.com:8443", "http://localhost:3000",
                "https://careers.acme.com");

        assertThat(EmbedOrigins.issues(given)).isEmpty();
        assertThat(EmbedOrigins.normalised(given))
                .containsExactly("https://careers.acme.com", "https://ats.example.com:8443", "http://localhost:3000");
    }

    @Test
    void anythingButAnOriginIsRefusedNamingItsPlace() {
        List<InvalidInputException.Issue> issues = EmbedOrigins.issues(Arrays.asList("http://careers.acme.com",
                "https://acme.com/careers", "careers.acme.com", "", "https://acme.com?x=1", "https://user@acme.com", null));

        assertThat(issues).extracting(InvalidInputException.Issue::field).containsExactly("/embedOrigins/0", "/embedOrigins/1",
                "/embedOrigins/2", "/embedOrigins/3", "/embedOrigins/4", "/embedOrigins/5", "/embedOrigins/6");
        assertThat(issues.get(0).reason()).contains("must be https");
        assertThat(issues.get(1).reason()).contains("no path");
    }

    @Test
    void noneIsFineAndTooManyIsNot() {
        assertThat(EmbedOrigins.issues(null)).isEmpty();
        assertThat(EmbedOrigins.normalised((List<String>) null)).isEmpty();
        assertThat(EmbedOrigins.issues(Collections.nCopies(21, "https://a.example"))).extracting(InvalidInputException.Issue::field)
                .containsExactly("/embedOrigins");
    }
}
