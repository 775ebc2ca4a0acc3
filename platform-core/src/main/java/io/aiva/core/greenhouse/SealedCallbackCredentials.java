package io.aiva.core.greenhouse;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.aiva.core.secret.SealedAttributes;
import io.aiva.core.secret.SealedAttributes.Attribute;

/** The companies' Greenhouse callback credentials, for {@link io.aiva.core.secret.SecretsReseal}. */
@ApplicationScoped
class SealedCallbackCredentials {

    @Produces
    SealedAttributes callbackCredentials() {
        return new SealedAttributes("GreenhouseSettings", "greenhouse_settings",
                List.of(new Attribute("callbackCredential", "callback_credential")));
    }
}
