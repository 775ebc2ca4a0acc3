package io.aiva.core.webhook;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.aiva.core.secret.SealedAttributes;
import io.aiva.core.secret.SealedAttributes.Attribute;

/** The endpoints' signing secrets, for {@link io.aiva.core.secret.SecretsReseal}. */
@ApplicationScoped
class SealedEndpointSecrets {

    @Produces
    SealedAttributes endpointSecrets() {
        return new SealedAttributes("WebhookEndpoint", "webhook_endpoint",
                List.of(new Attribute("secret", "secret"), new Attribute("previousSecret", "previous_secret")));
    }
}
