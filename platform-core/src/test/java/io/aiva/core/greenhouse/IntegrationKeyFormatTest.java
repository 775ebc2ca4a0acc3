package io.aiva.core.greenhouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class IntegrationKeyFormatTest {

    private final UUID tenant = UUID.randomUUID();
    private final UUID keyId = UUID.randomUUID();

    @Test
    void aKeyNamesItsCompanyAndItselfAndOnlyItsSecretHashMatches() {
        String key = IntegrationKeyFormat.newKey(tenant, keyId);
        IntegrationKeyFormat.ParsedKey parsed = IntegrationKeyFormat.parse(key).orElseThrow();

        assertThat(key).startsWith("ghk_").hasSize(4 + 43 + 1 + 43);
        assertThat(parsed.tenantId()).isEqualTo(tenant);
        assertThat(parsed.keyId()).isEqualTo(keyId);
        String stored = IntegrationKeyFormat.hash(parsed.secret());
        assertThat(IntegrationKeyFormat.matches(parsed.secret(), stored)).isTrue();
        String other = IntegrationKeyFormat.parse(IntegrationKeyFormat.newKey(tenant, keyId)).orElseThrow().secret();
        assertThat(IntegrationKeyFormat.matches(other, stored)).isFalse();
    }

    @Test
    void anythingNotShapedLikeAKeyIsNoKey() {
        String key = IntegrationKeyFormat.newKey(tenant, keyId);

        assertThat(IntegrationKeyFormat.parse(null)).isEmpty();
        assertThat(IntegrationKeyFormat.parse("")).isEmpty();
        assertThat(IntegrationKeyFormat.parse(key.substring(1))).isEmpty();
        assertThat(IntegrationKeyFormat.parse(key + "x")).isEmpty();
        assertThat(IntegrationKeyFormat.parse(key.replace('.', '_'))).isEmpty();
        assertThat(IntegrationKeyFormat.parse("0d031d8227eafa61dc375a6c2e067e24")).as("Greenhouse's example key").isEmpty();
    }

    @Test
    void theHintShowsTheKeysEndOnly() {
        String key = IntegrationKeyFormat.newKey(tenant, keyId);

        assertThat(IntegrationKeyFormat.hint(key)).isEqualTo("ghk_…" + key.substring(key.length() - 6));
    }
}
