package io.aiva.core.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class KeyringTest {

    private static final String KEY = key(1);
    private static final String OTHER_KEY = key(2);
    private static final String SECRET = "whsec_c2VjcmV0LXRoYXQtc2lnbnMtd2ViaG9va3M=";

    private static String key(int fill) {
        byte[] key = new byte[Keyring.KEY_BYTES];
        Arrays.fill(key, (byte) fill);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void sealsSoThatTheValueIsNotInWhatIsStoredAndOpensItAgain() {
        Keyring keyring = Keyring.of(KEY, List.of());

        String sealed = keyring.seal(SECRET);

        assertThat(sealed).startsWith(Keyring.PREFIX).doesNotContain(SECRET).doesNotContain("c2VjcmV0");
        assertThat(keyring.open(sealed)).isEqualTo(SECRET);
        assertThat(keyring.seal(SECRET)).as("a new nonce each time").isNotEqualTo(sealed);
        assertThat(keyring.open(keyring.seal("crédential ✓"))).isEqualTo("crédential ✓");
    }

    @Test
    void aPreviousKeyStillOpensWhatItSealedWhileNewValuesUseTheCurrentKey() {
        String sealedBefore = Keyring.of(OTHER_KEY, List.of()).seal(SECRET);
        Keyring rotated = Keyring.of(KEY, List.of(OTHER_KEY));

        assertThat(rotated.open(sealedBefore)).isEqualTo(SECRET);
        assertThat(Keyring.of(KEY, List.of()).open(rotated.seal(SECRET))).isEqualTo(SECRET);
    }

    @Test
    void refusesWhatNoKeyOpensOrWhatWasAltered() {
        String sealed = Keyring.of(OTHER_KEY, List.of()).seal(SECRET);
        Keyring keyring = Keyring.of(KEY, List.of());

        assertThatThrownBy(() -> keyring.open(sealed)).isInstanceOf(Keyring.UnreadableSecret.class)
                .hasMessageContaining("neither AIVA_SECRETS_KEY nor one of AIVA_SECRETS_PREVIOUS_KEYS");

        String own = keyring.seal(SECRET);
        char last = own.charAt(own.length() - 2);
        String altered = own.substring(0, own.length() - 2) + (last == 'A' ? 'B' : 'A') + own.charAt(own.length() - 1);
        assertThatThrownBy(() -> keyring.open(altered)).isInstanceOf(Keyring.UnreadableSecret.class).hasMessageContaining("altered");
        assertThatThrownBy(() -> keyring.open(own.substring(0, Keyring.PREFIX.length() + 12))).isInstanceOf(Keyring.UnreadableSecret.class);
    }

    @Test
    void aValueStoredBeforeSealingIsReadAsItIs() {
        assertThat(Keyring.of(KEY, List.of()).open(SECRET)).isEqualTo(SECRET);
    }

    @Test
    void refusesAKeyThatIsNotBase64Of32Bytes() {
        assertThatThrownBy(() -> Keyring.of("not base64!", List.of())).isInstanceOf(Keyring.InvalidKeyConfiguration.class)
                .hasMessageStartingWith("AIVA_SECRETS_KEY must be base64");
        assertThatThrownBy(() -> Keyring.of(Base64.getEncoder().encodeToString(new byte[16]), List.of()))
                .hasMessageContaining("must hold 32 bytes").hasMessageContaining("it holds 16");
        assertThatThrownBy(() -> Keyring.of(KEY, List.of("short"))).hasMessageStartingWith("AIVA_SECRETS_PREVIOUS_KEYS");
    }
}
