package io.aiva.api.greenhouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class GreenhouseKeyFilterTest {

    @Test
    void theKeyIsTheBasicUserNameWithOrWithoutAPassword() {
        // Greenhouse's documented header: its example key, a colon, and nothing after it.
        assertThat(GreenhouseKeyFilter.basicUserName("Basic MGQwMzFkODIyN2VhZmE2MWRjMzc1YTZjMmUwNjdlMjQ6"))
                .hasValue("0d031d8227eafa61dc375a6c2e067e24");
        assertThat(GreenhouseKeyFilter.basicUserName("basic " + encoded("ghk_key:a-password"))).hasValue("ghk_key");
        assertThat(GreenhouseKeyFilter.basicUserName("Basic " + encoded("ghk_key"))).as("no colon at all").hasValue("ghk_key");
    }

    @Test
    void anythingElseCarriesNoKey() {
        assertThat(GreenhouseKeyFilter.basicUserName(null)).isEmpty();
        assertThat(GreenhouseKeyFilter.basicUserName("Bearer eyJhbGciOi")).isEmpty();
        assertThat(GreenhouseKeyFilter.basicUserName("Basic not-base64!")).isEmpty();
        assertThat(GreenhouseKeyFilter.basicUserName("Basic " + encoded(":only-a-password"))).isEmpty();
        assertThat(GreenhouseKeyFilter.basicUserName("Basic")).isEmpty();
    }

    private static String encoded(String credential) {
        return Base64.getEncoder().encodeToString(credential.getBytes(StandardCharsets.UTF_8));
    }
}
