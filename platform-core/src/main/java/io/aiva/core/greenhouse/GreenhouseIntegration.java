package io.aiva.core.greenhouse;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.aiva.core.InvalidInputException;
import io.aiva.core.assignment.InvitationMail;
import io.aiva.core.audit.AuditTrail;
import io.aiva.core.tenancy.CurrentTenant;
import io.aiva.core.tenancy.TenantData;

/** A company's Greenhouse integration as its admin sees it: URLs, settings, and what stands in the way. */
@ApplicationScoped
public class GreenhouseIntegration {

    public static final String NO_ACTIVE_KEY = "no_active_key";
    public static final String CANDIDATE_MAIL_DISABLED = "candidate_mail_disabled";
    public static final String CALLBACK_CREDENTIAL_MISSING = "callback_credential_missing";
    static final int LONGEST_DEADLINE_DAYS = 365;
    static final int CREDENTIAL_LENGTH = 500;

    /** The URLs a company gives Greenhouse; the same for every company of a deployment. */
    public record Endpoints(String listTests, String sendTest, String testStatus, String responseError) {
    }

    /** The integration: its URLs, keys, settings, and problems (none when it works). */
    public record Overview(Endpoints endpoints, List<IntegrationKey> keys, GreenhouseSettings settings, List<String> problems) {
    }

    @Inject
    TenantData data;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    IntegrationKeys keys;

    @Inject
    InvitationMail invitations;

    @Inject
    GreenhouseCallbacks callbacks;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "aiva.public-url", defaultValue = "http://localhost:9080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "aiva.greenhouse.callback-hosts", defaultValue = "app.greenhouse.io")
    List<String> callbackHosts;

    @Inject
    @ConfigProperty(name = "aiva.greenhouse.callback-credential")
    Optional<String> deploymentCredential;

    @Inject
    @ConfigProperty(name = "aiva.webhooks.allow-private-targets", defaultValue = "false")
    boolean developmentMode;

    private final Clock clock = Clock.systemUTC();
    private CallbackTargets targets;

    @PostConstruct
    void configure() {
        targets = new CallbackTargets(callbackHosts, developmentMode);
    }

    @Transactional
    public Overview overview() {
        GreenhouseSettings settings = settings(data.forCurrentTenant()).orElseGet(GreenhouseSettings::defaults);
        List<IntegrationKey> all = keys.all();
        List<String> problems = new ArrayList<>();
        if (all.stream().noneMatch(IntegrationKey::active)) {
            problems.add(NO_ACTIVE_KEY);
        }
        if (!invitations.available()) {
            problems.add(CANDIDATE_MAIL_DISABLED);
        }
        if (credential(settings).isEmpty()) {
            problems.add(CALLBACK_CREDENTIAL_MISSING);
        }
        return new Overview(endpoints(), all, settings, problems);
    }

    /**
     * Changes the deadline, and the callback credential when one is given (empty removes it). Tests
     * whose completion waited for a credential are told to Greenhouse once there is one.
     *
     * @throws InvalidInputException when the deadline or the credential is out of bounds
     */
    @Transactional
    public Overview change(int deadlineDays, Optional<String> callbackCredential) {
        List<InvalidInputException.Issue> issues = new ArrayList<>();
        if (deadlineDays < 1 || deadlineDays > LONGEST_DEADLINE_DAYS) {
            issues.add(new InvalidInputException.Issue("/deadlineDays", "must be from 1 to " + LONGEST_DEADLINE_DAYS));
        }
        if (callbackCredential.filter(credential -> credential.length() > CREDENTIAL_LENGTH).isPresent()) {
            issues.add(new InvalidInputException.Issue("/callbackCredential", "must be at most " + CREDENTIAL_LENGTH + " characters"));
        }
        if (!issues.isEmpty()) {
            throw new InvalidInputException(issues);
        }
        EntityManager entityManager = data.forCurrentTenant();
        GreenhouseSettings settings = settings(entityManager).orElseGet(() -> {
            GreenhouseSettings created = new GreenhouseSettings(UUID.randomUUID(), clock.instant());
            entityManager.persist(created);
            return created;
        });
        settings.deadlineDays(deadlineDays, clock.instant());
        callbackCredential.map(String::strip).ifPresent(credential -> settings.callbackCredential(credential, clock.instant()));
        UUID tenantId = currentTenant.id().orElseThrow();
        audit.record(tenantId, AuditTrail.GREENHOUSE_SETTINGS_CHANGED, "Greenhouse", "deadline " + deadlineDays + " days"
                + callbackCredential.map(credential -> credential.isBlank() ? ", callback credential removed"
                        : ", callback credential set").orElse(""));
        if (credential(settings).isPresent()) {
            callbacks.resumeWaitingForCredential(tenantId);
        }
        return overview();
    }

    Endpoints endpoints() {
        String base = publicUrl() + "/api/integrations/greenhouse/assessment/";
        return new Endpoints(base + "list_tests", base + "send_test", base + "test_status", base + "response_error");
    }

    /** Where Greenhouse's users see an interview's result in AIVA. */
    String resultUrl(UUID assignmentId) {
        return publicUrl() + "/admin/assignments/" + assignmentId;
    }

    private String publicUrl() {
        return publicUrl.replaceAll("/+$", "");
    }

    /** The company's settings, or the defaults. */
    @Transactional(Transactional.TxType.MANDATORY)
    GreenhouseSettings currentSettings() {
        return settings(data.forCurrentTenant()).orElseGet(GreenhouseSettings::defaults);
    }

    /** The credential AIVA sends to mark a test completed: the company's, else the deployment's. */
    Optional<String> credential(GreenhouseSettings settings) {
        return settings.callbackCredential().or(() -> deploymentCredential.filter(credential -> !credential.isBlank()));
    }

    Optional<String> callbackRefusal(String url) {
        return targets.refusal(url);
    }

    private static Optional<GreenhouseSettings> settings(EntityManager entityManager) {
        return entityManager.createQuery("SELECT s FROM GreenhouseSettings s", GreenhouseSettings.class).getResultStream().findFirst();
    }
}
