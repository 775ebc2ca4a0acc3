package io.aiva.api.idempotency;

import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.aiva.web.json.ApiJsonProvider;
import io.aiva.core.idempotency.IdempotentRequests;
import io.aiva.core.idempotency.StoredAnswer;
import io.aiva.core.transaction.Transactions;

/**
 * Runs a keyed POST in one transaction with the storing of its answer, so the work and the answer a
 * retry will get are committed together. Only successful answers are kept; after a failure the
 * filter releases the key and a retry runs the request again.
 */
@IdempotentPosts
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyInterceptor {

    private static final ObjectMapper JSON = ApiJsonProvider.objectMapper();

    @Inject
    KeyedRequest keyed;

    @Inject
    IdempotentRequests requests;

    @Inject
    Transactions transactions;

    @AroundInvoke
    public Object storeAnswer(InvocationContext invocation) throws Exception {
        if (keyed.openClaim().isEmpty()) {
            return invocation.proceed();
        }
        UUID claim = keyed.openClaim().get();
        return transactions.inOne(() -> {
            Object result = invocation.proceed();
            if (result instanceof Response response && response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL) {
                requests.complete(keyed.scope(), claim, new StoredAnswer(response.getStatus(),
                        response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG),
                        response.hasEntity() ? JSON.writeValueAsBytes(response.getEntity()) : null));
                keyed.resolved();
            }
            return result;
        });
    }
}
