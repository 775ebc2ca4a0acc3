package io.aiva.core.webhook;

import java.util.List;

/** What a company chooses for an endpoint: where, what for, which events (none for all), and whether it is on. */
public record EndpointSettings(String url, String description, List<String> eventTypes, boolean enabled) {

    public EndpointSettings {
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
    }
}
