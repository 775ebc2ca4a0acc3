package io.aiva.api.audit;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.aiva.web.paging.Cursors;
import io.aiva.web.problem.ProblemResponses;
import io.aiva.api.v1.AuditApi;
import io.aiva.api.v1.model.AuditActor;
import io.aiva.api.v1.model.AuditEvent;
import io.aiva.api.v1.model.AuditEventPage;
import io.aiva.core.audit.AuditTrail;

/** A company admin's view of their own company's audit trail. */
@RequestScoped
@RolesAllowed("company-admin")
public class AuditResource implements AuditApi {

    @Inject
    AuditTrail trail;

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @Override
    public Response listAuditEvents(Integer limit, String cursor) {
        List<io.aiva.core.audit.AuditEvent> page;
        try {
            String before = Cursors.sortKey(cursor);
            page = trail.page(before == null ? null : UUID.fromString(before), limit + 1);
        } catch (IllegalArgumentException e) {
            return problems.invalidCursor(uri);
        }
        AuditEventPage body = new AuditEventPage().data(page.stream().limit(limit).map(AuditResource::view).toList());
        if (page.size() > limit) {
            body.nextCursor(Cursors.after(page.get(limit - 1).id().toString()));
        }
        return Response.ok(body).build();
    }

    private static AuditEvent view(io.aiva.core.audit.AuditEvent event) {
        AuditEvent view = new AuditEvent()
                .id(event.id())
                .occurredAt(event.occurredAt().atOffset(ZoneOffset.UTC))
                .action(event.action())
                .subject(event.subject())
                .detail(event.detail())
                .requestId(event.requestId());
        if (event.actorId() != null || event.actorName() != null) {
            view.actor(new AuditActor().id(event.actorId()).name(event.actorName()));
        }
        return view;
    }
}
