package io.aiva.api.users;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.aiva.web.paging.Cursors;
import io.aiva.api.idempotency.IdempotentPosts;
import io.aiva.web.problem.ProblemKind;
import io.aiva.web.problem.ProblemResponses;
import io.aiva.api.v1.UsersApi;
import io.aiva.api.v1.model.PersonRole;
import io.aiva.api.v1.model.User;
import io.aiva.api.v1.model.UserInvitation;
import io.aiva.api.v1.model.UserInvite;
import io.aiva.api.v1.model.UserPage;
import io.aiva.api.v1.model.UserRoleChange;
import io.aiva.core.identity.CompanyPeople;
import io.aiva.core.identity.Invited;
import io.aiva.core.identity.Member;
import io.aiva.core.identity.Person;

/** A company admin's management of their own company's people. */
@RequestScoped
@IdempotentPosts
@RolesAllowed("company-admin")
public class UsersResource implements UsersApi {

    @Inject
    CompanyPeople people;

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @Override
    public Response listUsers(Integer limit, String cursor) {
        int first;
        try {
            String position = Cursors.sortKey(cursor);
            first = position == null ? 0 : Integer.parseUnsignedInt(position);
        } catch (IllegalArgumentException e) {
            return problems.invalidCursor(uri);
        }
        List<Member> page = people.page(first, limit + 1);
        UserPage body = new UserPage().data(page.stream().limit(limit).map(UsersResource::view).toList());
        if (page.size() > limit) {
            body.nextCursor(Cursors.after(Integer.toString(first + limit)));
        }
        return Response.ok(body).build();
    }

    @Override
    public Response inviteUser(UserInvite invite, String idempotencyKey) {
        Invited invited = people.invite(new Person(invite.getEmail(), invite.getFirstName().strip(), invite.getLastName().strip()),
                invite.getRole().toString());
        return Response.created(uri.getBaseUriBuilder().path("v1/users/{id}").build(invited.member().id()))
                .entity(new UserInvitation().user(view(invited.member())).temporaryPassword(invited.temporaryPassword()))
                .build();
    }

    @Override
    public Response getUser(UUID userId) {
        return found(people.find(userId.toString()));
    }

    @Override
    public Response changeUserRole(UUID userId, UserRoleChange change) {
        return found(people.changeRole(userId.toString(), change.getRole().toString()));
    }

    @Override
    public Response removeUser(UUID userId) {
        return people.remove(userId.toString()) ? Response.noContent().build() : notFound();
    }

    private Response found(Optional<Member> member) {
        return member.map(found -> Response.ok(view(found)).build()).orElseGet(this::notFound);
    }

    private Response notFound() {
        return problems.problem(ProblemKind.NOT_FOUND, "Your company has no one with this id.", uri, null);
    }

    private static User view(Member member) {
        return new User()
                .id(UUID.fromString(member.id()))
                .email(member.email())
                .firstName(member.firstName())
                .lastName(member.lastName())
                .role(member.role() == null ? null : PersonRole.fromValue(member.role()));
    }
}
