package io.aiva.api.status;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import io.aiva.api.v1.StatusApi;
import io.aiva.api.v1.model.ApiStatus;

@ApplicationScoped
@PermitAll
public class StatusResource implements StatusApi {

    static final String API_VERSION = "1.0.0";

    private final Clock clock = Clock.systemUTC();

    @Override
    public Response getApiStatus() {
        ApiStatus status = new ApiStatus()
                .service("AIVA")
                .apiVersion(API_VERSION)
                .serverTime(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        return Response.ok(status).build();
    }
}
