package io.aiva.core.tenancy;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

/**
 * Runs work outside any request (a durable job) as a request of one company would run: in a request
 * context of its own on the current thread, acting for that company, so the same services and both
 * tenancy guards apply. The interceptor gives every call its own context, whichever thread it is on.
 */
@ApplicationScoped
public class ActingForCompany {

    @Inject
    CurrentTenant currentTenant;

    @ActivateRequestContext
    public void run(UUID tenantId, Runnable work) {
        currentTenant.actFor(tenantId);
        work.run();
    }
}
