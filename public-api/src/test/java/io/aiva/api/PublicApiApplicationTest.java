package io.aiva.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;

import org.junit.jupiter.api.Test;

import io.aiva.api.security.ImplementationRoles;

class PublicApiApplicationTest {

    private final PublicApiApplication application = new PublicApiApplication();

    @Test
    void everyGeneratedApiInterfaceHasARegisteredImplementation() throws Exception {
        List<Class<?>> apis = classesIn("io/aiva/api/v1", "io.aiva.api.v1").stream()
                .filter(type -> type.isInterface() && type.isAnnotationPresent(Path.class))
                .toList();

        assertThat(apis).isNotEmpty();
        for (Class<?> api : apis) {
            assertThat(application.getClasses()).as("an implementation of %s", api.getSimpleName())
                    .anySatisfy(registered -> assertThat(api).isAssignableFrom(registered));
        }
    }

    @Test
    void everyOperationDeclaresWhoMayCallIt() throws Exception {
        for (Class<?> resource : application.getClasses()) {
            for (Class<?> api : resource.getInterfaces()) {
                if (!api.isAnnotationPresent(Path.class)) {
                    continue;
                }
                for (Method operation : api.getMethods()) {
                    assertThat(ImplementationRoles.allowed(resource, operation))
                            .as("roles of %s.%s", resource.getSimpleName(), operation.getName())
                            .satisfiesAnyOf(Optional::isEmpty, roles -> assertThat(roles.get()).isNotEmpty());
                }
            }
        }
    }

    @Test
    void everyProviderOfTheModuleIsRegistered() throws Exception {
        List<Class<?>> providers = classesIn("io/aiva/api", "io.aiva.api").stream()
                .filter(type -> type.isAnnotationPresent(Provider.class))
                .toList();

        assertThat(providers).isNotEmpty();
        assertThat(application.getClasses()).containsAll(providers);
    }

    private static List<Class<?>> classesIn(String directory, String packageName) throws IOException, URISyntaxException {
        java.nio.file.Path root = java.nio.file.Path.of(PublicApiApplication.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve(directory))) {
            return files.filter(file -> file.toString().endsWith(".class") && !file.toString().contains("$"))
                    .map(file -> root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(name -> name.startsWith(packageName))
                    .map(PublicApiApplicationTest::load)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
