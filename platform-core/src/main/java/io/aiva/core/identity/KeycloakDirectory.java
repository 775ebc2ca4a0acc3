package io.aiva.core.identity;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.RoleMappingResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import io.aiva.core.AlreadyExistsException;

/**
 * The platform's hand on Keycloak: organizations (tenants) and their members, through the admin API
 * as the realm's {@code aiva-platform} service account.
 */
@ApplicationScoped
public class KeycloakDirectory {

    public static final String REALM = "aiva";
    private static final String PLATFORM_CLIENT = "aiva-platform";
    /** The realm roles a company gives its people, most powerful first. */
    private static final List<String> COMPANY_ROLES = List.of("company-admin", "recruiter", "candidate");
    private static final String INTEGRATION_ROLE = "integration";
    private static final String CLIENT_ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    @ConfigProperty(name = "aiva.keycloak.url", defaultValue = "http://localhost:8180")
    String url;

    @Inject
    @ConfigProperty(name = "aiva.keycloak.platform.client.secret")
    Optional<String> clientSecret;

    private final SecureRandom random = new SecureRandom();
    private Keycloak keycloak;

    private synchronized RealmResource realm() {
        if (keycloak == null) {
            String secret = clientSecret.orElseThrow(() -> new IllegalStateException(
                    "aiva.keycloak.platform.client.secret (AIVA_KEYCLOAK_PLATFORM_CLIENT_SECRET) is not set"));
            keycloak = KeycloakBuilder.builder().serverUrl(url).realm(REALM)
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                    .clientId(PLATFORM_CLIENT).clientSecret(secret)
                    .resteasyClient(restClient()).build();
        }
        return keycloak.realm(REALM);
    }

    /** Creates an organization and returns its id. */
    public String createOrganization(String name, String alias) {
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setName(name);
        organization.setAlias(alias);
        organization.setEnabled(true);
        try (Response response = realm().organizations().create(organization)) {
            if (response.getStatus() == 409) {
                throw new AlreadyExistsException("slug", "an organization named " + alias + " already exists");
            }
            return createdId(response, "organization " + alias);
        }
    }

    /**
     * Creates a login with a realm role as a member of an organization. Its password is temporary:
     * Keycloak makes its owner choose their own at first sign-in.
     */
    public NewLogin createMember(String organizationId, Person person, String realmRole, String emailField) {
        String password = temporaryPassword();
        UserRepresentation user = new UserRepresentation();
        user.setUsername(person.email());
        user.setEmail(person.email());
        user.setFirstName(person.firstName());
        user.setLastName(person.lastName());
        user.setEnabled(true);
        user.setEmailVerified(false);
        user.setRequiredActions(List.of("UPDATE_PASSWORD"));
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(true);
        user.setCredentials(List.of(credential));
        String userId;
        try (Response response = realm().users().create(user)) {
            if (response.getStatus() == 409) {
                throw new AlreadyExistsException(emailField, "a user with this e-mail already exists");
            }
            userId = createdId(response, "user " + person.email());
        }
        try {
            realm().users().get(userId).roles().realmLevel()
                    .add(List.of(realm().roles().get(realmRole).toRepresentation()));
            try (Response response = realm().organizations().get(organizationId).members().addMember(userId)) {
                if (response.getStatus() / 100 != 2) {
                    throw new IllegalStateException("Keycloak did not add the user to the organization: HTTP " + response.getStatus());
                }
            }
        } catch (RuntimeException e) {
            deleteUser(userId);
            throw e;
        }
        return new NewLogin(userId, person.email(), password);
    }

    /**
     * Stops an organization's sign-ins: the organization is disabled and its members' sessions are
     * ended, so no new token is issued to them, refresh tokens included.
     */
    public void shutOrganization(String organizationId) {
        setOrganizationEnabled(organizationId, false);
        OrganizationResource organization = realm().organizations().get(organizationId);
        for (MemberRepresentation member : organization.members().getAll()) {
            realm().users().get(member.getId()).logout();
        }
    }

    public void openOrganization(String organizationId) {
        setOrganizationEnabled(organizationId, true);
    }

    private void setOrganizationEnabled(String organizationId, boolean enabled) {
        OrganizationResource organization = realm().organizations().get(organizationId);
        OrganizationRepresentation representation = organization.toRepresentation();
        if (representation.isEnabled() != enabled) {
            representation.setEnabled(enabled);
            try (Response response = organization.update(representation)) {
                if (response.getStatus() / 100 != 2) {
                    throw new IllegalStateException("Keycloak did not update organization " + organizationId
                            + ": HTTP " + response.getStatus());
                }
            }
        }
    }

    /** A member of the organization, or empty when the user does not exist or belongs elsewhere. */
    public Optional<Member> member(String organizationId, String userId) {
        try {
            MemberRepresentation member = realm().organizations().get(organizationId).members().member(userId)
                    .toRepresentation();
            return Optional.of(asMember(member));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Up to {@code max} members from position {@code first}, in Keycloak's order. */
    public List<Member> members(String organizationId, int first, int max) {
        return realm().organizations().get(organizationId).members().list(first, max).stream()
                .map(this::asMember).toList();
    }

    /** Gives the user {@code role} in place of whichever company role they held. */
    public void changeCompanyRole(String userId, String role) {
        RoleMappingResource roles = realm().users().get(userId).roles();
        List<RoleRepresentation> held = roles.realmLevel().listAll().stream()
                .filter(mapped -> COMPANY_ROLES.contains(mapped.getName()) && !mapped.getName().equals(role)).toList();
        roles.realmLevel().add(List.of(realm().roles().get(role).toRepresentation()));
        if (!held.isEmpty()) {
            roles.realmLevel().remove(held);
        }
    }

    private Member asMember(UserRepresentation user) {
        String role = realm().users().get(user.getId()).roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName).filter(COMPANY_ROLES::contains).findFirst().orElse(null);
        return new Member(user.getId(), user.getEmail(), user.getFirstName(), user.getLastName(), role);
    }

    /**
     * Creates a confidential client with a service account holding the {@code integration} role, its
     * tokens carrying the organization like a member's do (a service account cannot be a member).
     */
    public NewClient createApiClient(String organizationId, String organizationAlias, String name) {
        String clientId = "aiva-" + organizationAlias + "-" + randomText(8, CLIENT_ID_ALPHABET);
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setName(name);
        client.setProtocol("openid-connect");
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setServiceAccountsEnabled(true);
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        ProtocolMapperRepresentation organization = new ProtocolMapperRepresentation();
        organization.setName("organization");
        organization.setProtocol("openid-connect");
        organization.setProtocolMapper("oidc-hardcoded-claim-mapper");
        organization.setConfig(Map.of(
                "claim.name", "organization",
                "claim.value", "{\"" + organizationAlias + "\":{\"id\":\"" + organizationId + "\"}}",
                "jsonType.label", "JSON",
                "access.token.claim", "true",
                "id.token.claim", "false",
                "userinfo.token.claim", "false",
                "introspection.token.claim", "true"));
        client.setProtocolMappers(List.of(organization));
        String keycloakId;
        try (Response response = realm().clients().create(client)) {
            keycloakId = createdId(response, "API client " + clientId);
        }
        try {
            UserRepresentation serviceAccount = realm().clients().get(keycloakId).getServiceAccountUser();
            realm().users().get(serviceAccount.getId()).roles().realmLevel()
                    .add(List.of(realm().roles().get(INTEGRATION_ROLE).toRepresentation()));
            return new NewClient(keycloakId, clientId, realm().clients().get(keycloakId).getSecret().getValue());
        } catch (RuntimeException e) {
            deleteClient(keycloakId);
            throw e;
        }
    }

    /** A new secret for the client; the old one stops working at once. */
    public String rotateClientSecret(String keycloakId) {
        return realm().clients().get(keycloakId).generateNewSecret().getValue();
    }

    public void deleteClient(String keycloakId) {
        realm().clients().get(keycloakId).remove();
    }

    public void deleteOrganization(String organizationId) {
        realm().organizations().get(organizationId).delete().close();
    }

    public void deleteUser(String userId) {
        realm().users().delete(userId).close();
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    /**
     * The server's own JAX-RS client (RESTEasy in Liberty), speaking JSON with Jackson because
     * Keycloak's representations carry Jackson annotations that JSON-B would ignore.
     */
    private static Client restClient() {
        ObjectMapper mapper = new ObjectMapper()
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        return ClientBuilder.newBuilder()
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .register(new JacksonJsonProvider(mapper))
                .build();
    }

    private String temporaryPassword() {
        return randomText(20, PASSWORD_ALPHABET);
    }

    private String randomText(int length, String alphabet) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String createdId(Response response, String what) {
        if (response.getStatus() != 201) {
            throw new IllegalStateException("Keycloak refused to create " + what + ": HTTP " + response.getStatus());
        }
        String path = response.getLocation().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
