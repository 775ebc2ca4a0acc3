package io.aiva.api.event;

import java.time.ZoneOffset;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.aiva.web.paging.NewestFirst;
import io.aiva.web.problem.ProblemResponses;
import io.aiva.api.v1.EventsApi;
import io.aiva.api.v1.model.Event;
import io.aiva.api.v1.model.EventPage;
import io.aiva.api.v1.model.EventType;
import io.aiva.core.event.DomainEvent;
import io.aiva.core.event.Events;
import io.aiva.core.paging.Position;

/** The company's event feed. */
@RequestScoped
@RolesAllowed({"company-admin", "recruiter", "integration"})
public class EventsResource implements EventsApi {

    @Inject
    Events events;

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @Override
    public Response listEvents(Integer limit, String cursor, List<EventType> type) {
        List<String> types = type == null ? List.of() : type.stream().map(EventType::toString).toList();
        NewestFirst<DomainEvent> page = NewestFirst.of(events.page(types, NewestFirst.after(cursor), limit + 1), limit,
                event -> new Position(event.occurredAt(), event.id()));
        EventPage body = new EventPage().data(page.items().stream().map(EventsResource::view).toList())
                .nextCursor(page.nextCursor());
        return Response.ok(body).build();
    }

    private static Event view(DomainEvent event) {
        return new Event().id(event.id()).type(EventType.fromValue(event.type()))
                .occurredAt(event.occurredAt().atOffset(ZoneOffset.UTC)).subjectId(event.subjectId()).data(event.data());
    }
}
