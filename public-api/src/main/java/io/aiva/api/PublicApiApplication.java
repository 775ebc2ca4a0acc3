package io.aiva.api;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import io.aiva.api.problem.RequestIdFilter;
import io.aiva.api.problem.UnexpectedExceptionMapper;
import io.aiva.api.problem.WebApplicationExceptionMapper;
import io.aiva.api.status.StatusResource;

/**
 * The public API; the web module's context root is {@code /api} and every path starts with its
 * version. Resources are listed because their {@code @Path} sits on the generated interfaces, which
 * class scanning does not follow; {@code PublicApiApplicationTest} fails when one is missing.
 */
@ApplicationPath("/")
public class PublicApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                StatusResource.class,
                RequestIdFilter.class,
                WebApplicationExceptionMapper.class,
                UnexpectedExceptionMapper.class);
    }
}
