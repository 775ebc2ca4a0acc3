package io.aiva.core.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Launch links: what AIVA signed comes back whole; anything altered, foreign or late is refused. */
class LaunchLinksTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final LaunchLink LINK = new LaunchLink(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            NOW.plusSeconds(3600));

    @Test
    void aSignedLinkVerifiesToWhatWasSigned() {
        LaunchLinks links = links("a-secret-of-at-least-thirty-two-characters");

        assertThat(links.verify(links.token(LINK), NOW)).isEqualTo(LINK);
        assertThat(links.url(LINK, "acme")).startsWith("https://aiva.example/interview/launch/acme#").endsWith(links.token(LINK));
    }

    @Test
    void anAlteredLinkIsInvalid() {
        LaunchLinks links = links("a-secret-of-at-least-thirty-two-characters");
        String token = links.token(LINK);
        char[] altered = token.toCharArray();
        altered[5] = altered[5] == 'A' ? 'B' : 'A';

        assertRefused(() -> links.verify(new String(altered), NOW), InvalidLaunchLinkException.Reason.INVALID);
        assertRefused(() -> links.verify("not a token", NOW), InvalidLaunchLinkException.Reason.INVALID);
        assertRefused(() -> links.verify(token.substring(0, token.indexOf('.')), NOW), InvalidLaunchLinkException.Reason.INVALID);
    }

    @Test
    void aLinkSignedWithAnotherKeyIsInvalid() {
        String foreign = links("another-secret-of-at-least-thirty-two-chars").token(LINK);

        assertRefused(() -> links("a-secret-of-at-least-thirty-two-characters").verify(foreign, NOW),
                InvalidLaunchLinkException.Reason.INVALID);
    }

    @Test
    void aLinkPastItsExpiryIsExpired() {
        LaunchLinks links = links("a-secret-of-at-least-thirty-two-characters");

        assertRefused(() -> links.verify(links.token(LINK), LINK.expiresAt()), InvalidLaunchLinkException.Reason.EXPIRED);
    }

    private static void assertRefused(Runnable verification, InvalidLaunchLinkException.Reason reason) {
        assertThatThrownBy(verification::run).isInstanceOfSatisfying(InvalidLaunchLinkException.class,
                refused -> assertThat(refused.reason()).isEqualTo(reason));
    }

    private static LaunchLinks links(String secret) {
        LaunchLinks links = new LaunchLinks();
        links.configuredSecret = Optional.of(secret);
        links.publicUrl = "https://aiva.example/";
        links.key();
        return links;
    }
}
