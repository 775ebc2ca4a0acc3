package io.aiva.api.apiclient;

import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.aiva.api.idempotency.IdempotentPosts;
import io.aiva.web.problem.ProblemKind;
import io.aiva.web.problem.ProblemResponses;
import io.aiva.api.v1.ApiClientsApi;
import io.aiva.api.v1.model.ApiClientCreate;
import io.aiva.api.v1.model.ApiClientCredentials;
import io.aiva.api.v1.model.ApiClientList;
import io.aiva.api.v1.model.CompanyApiClient;
import io.aiva.core.apiclient.ApiClients;
import io.aiva.core.apiclient.IssuedSecret;

/** A company admin's API clients: create, list, rotate a secret, revoke. */
@RequestScoped
@IdempotentPosts
@RolesAllowed("company-admin")
public class ApiClientsResource implements ApiClientsApi {

    @Inject
    ApiClients clients;

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @Override
    public Response listApiClients() {
        return Response.ok(new ApiClientList().data(clients.all().stream().map(ApiClientsResource::view).toList())).build();
    }

    @Override
    public Response createApiClient(ApiClientCreate request, String idempotencyKey) {
        IssuedSecret issued = clients.create(request.getName().strip());
        return Response.created(uri.getBaseUriBuilder().path("v1/api-clients/{id}").build(issued.client().id()))
                .entity(credentials(issued)).build();
    }

    @Override
    public Response rotateApiClientSecret(UUID apiClientId, String idempotencyKey) {
        return clients.rotateSecret(apiClientId)
                .map(issued -> Response.ok(credentials(issued)).build())
                .orElseGet(this::notFound);
    }

    @Override
    public Response revokeApiClient(UUID apiClientId) {
        return clients.revoke(apiClientId) ? Response.noContent().build() : notFound();
    }

    private ApiClientCredentials credentials(IssuedSecret issued) {
        return new ApiClientCredentials().client(view(issued.client())).clientSecret(issued.secret())
                .tokenUrl(clients.tokenUrl());
    }

    private Response notFound() {
        return problems.problem(ProblemKind.NOT_FOUND, "Your company has no API client with this id.", uri, null);
    }

    private static CompanyApiClient view(io.aiva.core.apiclient.ApiClient client) {
        return new CompanyApiClient()
                .id(client.id())
                .name(client.name())
                .clientId(client.clientId())
                .createdAt(client.createdAt().atOffset(ZoneOffset.UTC))
                .secretRotatedAt(client.secretRotatedAt().map(at -> at.atOffset(ZoneOffset.UTC)).orElse(null));
    }
}
