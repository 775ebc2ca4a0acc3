package io.aiva.api.security;

import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

import io.aiva.web.problem.ProblemException;
import io.aiva.web.problem.ProblemKind;

/** Refuses a caller who holds none of an operation's roles, with a 403 problem document. */
@Priority(Priorities.AUTHORIZATION)
final class RoleCheck implements ContainerRequestFilter {

    private final Optional<Set<String>> roles;

    RoleCheck(Optional<Set<String>> roles) {
        this.roles = roles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (roles.isEmpty() || roles.get().stream().anyMatch(request.getSecurityContext()::isUserInRole)) {
            return;
        }
        throw new ProblemException(ProblemKind.FORBIDDEN, roles.get().isEmpty()
                ? "this operation is not open to any role"
                : "this operation needs the role " + String.join(" or ", roles.get().stream().sorted().toList()));
    }
}
