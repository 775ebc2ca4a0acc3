package io.aiva.api.security;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Enforces the {@code @RolesAllowed} and {@code @PermitAll} written on our resource classes.
 * <p>
 * Liberty's own check reads these from the method that carries the JAX-RS annotations, and ours are
 * the interfaces generated from the contract, so it would find nothing and let every role through.
 * This feature reads the implementing class instead, and refuses any operation whose class or method
 * says nothing: a resource that forgets to declare its roles is closed, not open.
 */
@Provider
public class ImplementationRoles implements DynamicFeature {

    private static final Logger LOG = Logger.getLogger(ImplementationRoles.class.getName());

    @Context
    Application application;

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Class<?> implementation = implementationOf(resource.getResourceClass());
        Optional<Set<String>> roles = allowed(implementation, resource.getResourceMethod());
        if (roles.isPresent() && roles.get().isEmpty()) {
            LOG.warning(() -> implementation.getName() + "." + resource.getResourceMethod().getName()
                    + " declares no roles and is therefore refused to every caller");
        }
        context.register(new RoleCheck(roles));
    }

    /** RESTEasy names the interface that carries {@code @Path}; the roles are on the class implementing it. */
    private Class<?> implementationOf(Class<?> resourceClass) {
        if (!resourceClass.isInterface()) {
            return resourceClass;
        }
        return application.getClasses().stream()
                .filter(type -> !type.isInterface() && resourceClass.isAssignableFrom(type))
                .findFirst()
                .orElse(resourceClass);
    }

    /**
     * The roles an operation admits: empty when it admits every caller, an empty set when nothing is
     * declared. The class hierarchy is walked because CDI may hand JAX-RS a proxy subclass, which
     * does not inherit these annotations.
     */
    public static Optional<Set<String>> allowed(Class<?> resourceClass, Method operation) {
        List<AnnotatedElement> declarations = new ArrayList<>();
        for (Class<?> type = resourceClass; type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                declarations.add(type.getDeclaredMethod(operation.getName(), operation.getParameterTypes()));
            } catch (NoSuchMethodException e) {
                // declared higher up
            }
        }
        for (Class<?> type = resourceClass; type != null && type != Object.class; type = type.getSuperclass()) {
            declarations.add(type);
        }
        for (AnnotatedElement declaration : declarations) {
            if (declaration.isAnnotationPresent(PermitAll.class)) {
                return Optional.empty();
            }
            RolesAllowed roles = declaration.getAnnotation(RolesAllowed.class);
            if (roles != null) {
                return Optional.of(Set.of(roles.value()));
            }
        }
        return Optional.of(Set.of());
    }
}
