package io.aiva.core.greenhouse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.hc.client5.http.classic.methods.HttpPatch;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import io.aiva.core.assignment.AssignmentJob;
import io.aiva.core.job.JobType;
import io.aiva.core.tenancy.ActingForCompany;
import io.aiva.core.webhook.CheckedHttpClient;
import io.aiva.core.webhook.WebhookSender;

/**
 * Tells Greenhouse that a test is complete, as Greenhouse documents it: a {@code PATCH} without a
 * body to the URL it gave with the test, after which Greenhouse reads the test's status. A durable
 * job; the request is made between two transactions (no connection is held while Greenhouse
 * answers). A busy or unreachable Greenhouse is asked again with backoff, up to
 * {@link GreenhouseCallbacks#ATTEMPT_LIMIT} attempts; a refusal (a wrong credential, a candidate
 * Greenhouse no longer tracks) is kept and not repeated. Repeating a delivered PATCH is harmless:
 * Greenhouse only reads the status again.
 */
@ApplicationScoped
public class GreenhouseCompletion implements JobType {

    static final String JOB_NAME = "greenhouse-completion";
    static final String USER_AGENT = "AIVA-Greenhouse/1.0";
    private static final Logger LOG = Logger.getLogger(GreenhouseCompletion.class.getName());
    private static final Set<Integer> WORTH_RETRYING = Set.of(408, 425, 429);

    @Inject
    GreenhouseCallbacks callbacks;

    @Inject
    GreenhouseIntegration integration;

    @Inject
    ActingForCompany company;

    @Inject
    WebhookSender webhooks;

    @Inject
    @ConfigProperty(name = "aiva.greenhouse.timeout-seconds", defaultValue = "15")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "aiva.greenhouse.retry-seconds", defaultValue = "30")
    int retrySeconds;

    private CheckedHttpClient client;
    private Task<AssignmentJob.Due> task;

    @PostConstruct
    void start() {
        client = webhooks.client(timeoutSeconds, USER_AGENT);
        task = Tasks.oneTime(JOB_NAME, AssignmentJob.Due.class)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(retrySeconds)))
                .execute((instance, context) -> company.run(instance.getData().tenantId(),
                        () -> attempt(instance.getData().assignmentId())));
    }

    @PreDestroy
    void stop() {
        client.close();
    }

    @Override
    public Task<?> task() {
        return task;
    }

    private void attempt(UUID assignmentId) {
        Optional<CallbackOrder> order = callbacks.order(assignmentId);
        if (order.isEmpty()) {
            return;
        }
        // Greenhouse's hosts only, and (as for webhooks) only where they resolve to public addresses.
        Optional<String> refusal = integration.callbackRefusal(order.get().url()).or(() -> webhooks.refusal(order.get().url()));
        if (refusal.isPresent()) {
            callbacks.refused(assignmentId, null, "Not sent: the URL " + refusal.get() + ".");
            return;
        }
        HttpPatch request = new HttpPatch(order.get().url());
        request.setHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString((order.get().credential() + ":")
                .getBytes(StandardCharsets.UTF_8)));
        String failure;
        Integer statusCode = null;
        CheckedHttpClient.Outcome outcome = client.call(request);
        if (outcome instanceof CheckedHttpClient.Answered answered) {
            statusCode = answered.status();
            if (statusCode / 100 == 2) {
                callbacks.delivered(assignmentId, statusCode, order.get().score());
                return;
            }
            if (!WORTH_RETRYING.contains(statusCode) && statusCode < 500) {
                callbacks.refused(assignmentId, statusCode, "Greenhouse answered " + statusCode + "; not asked again.");
                int refusedWith = statusCode;
                LOG.warning(() -> "Greenhouse refused the completion of assignment " + assignmentId + " with " + refusedWith);
                return;
            }
            failure = "Greenhouse answered " + statusCode + ".";
        } else {
            failure = ((CheckedHttpClient.Unanswered) outcome).reason();
        }
        if (callbacks.failed(assignmentId, statusCode, failure)) {
            throw new IllegalStateException("Greenhouse will be told again that assignment " + assignmentId
                    + " is complete: " + failure);
        }
        String finalFailure = failure;
        LOG.warning(() -> "Greenhouse was not told that assignment " + assignmentId + " is complete after "
                + GreenhouseCallbacks.ATTEMPT_LIMIT + " attempts: " + finalFailure);
    }
}
