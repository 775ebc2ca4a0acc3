package io.aiva.core.greenhouse;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import io.aiva.core.assignment.AssignmentJob;
import io.aiva.core.job.JobType;
import io.aiva.core.tenancy.ActingForCompany;
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

    private HttpClient client;
    private Task<AssignmentJob.Due> task;

    @PostConstruct
    void start() {
        client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(timeoutSeconds)).build();
        task = Tasks.oneTime(JOB_NAME, AssignmentJob.Due.class)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(retrySeconds)))
                .execute((instance, context) -> company.run(instance.getData().tenantId(),
                        () -> attempt(instance.getData().assignmentId())));
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
        HttpRequest request = HttpRequest.newBuilder(URI.create(order.get().url()))
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((order.get().credential() + ":")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("User-Agent", USER_AGENT)
                .method("PATCH", HttpRequest.BodyPublishers.noBody())
                .build();
        String failure;
        Integer statusCode = null;
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            statusCode = response.statusCode();
            if (statusCode / 100 == 2) {
                callbacks.delivered(assignmentId, statusCode, order.get().score());
                return;
            }
            if (!WORTH_RETRYING.contains(statusCode) && statusCode < 500) {
                callbacks.refused(assignmentId, statusCode, "Greenhouse answered " + statusCode + "; not asked again.");
                LOG.warning(() -> "Greenhouse refused the completion of assignment " + assignmentId + " with " + response.statusCode());
                return;
            }
            failure = "Greenhouse answered " + statusCode + ".";
        } catch (HttpTimeoutException e) {
            failure = "No answer within " + timeoutSeconds + " s.";
        } catch (ConnectException e) {
            failure = "The connection was refused or could not be made.";
        } catch (IOException e) {
            failure = "The connection failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ".";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "The server stopped during the attempt.";
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
