package io.aiva.sdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class AivaClientTest {

    @Test
    void everyGeneratedApiClassIsHandedOutThrowingTypedErrors() throws Exception {
        AivaClient aiva = AivaClient.builder().baseUrl("https://aiva.example.com/api")
                .tokenUrl("https://id.example.com/realms/aiva/protocol/openid-connect/token")
                .clientCredentials("acme-ats", "s3cret").build();

        List<Class<?>> generated = generatedApiClasses();

        assertThat(generated).hasSizeGreaterThanOrEqualTo(12);
        for (Class<?> api : generated) {
            Method accessor = Stream.of(AivaClient.class.getMethods())
                    .filter(method -> method.getReturnType() == api && method.getParameterCount() == 0)
                    .findFirst().orElseThrow(() -> new AssertionError("AivaClient hands out no " + api.getSimpleName()));
            Object instance = accessor.invoke(aiva);
            assertThat(Stream.of(instance.getClass().getDeclaredMethods()).map(Method::getName))
                    .as("%s of AivaClient turns error answers into typed exceptions", api.getSimpleName())
                    .contains("getApiException");
            assertThat(instance).isSameAs(accessor.invoke(aiva));
        }
    }

    @Test
    void aClientNeedsItsUrlsAndCredentials() {
        assertThatThrownBy(() -> AivaClient.builder().baseUrl("https://aiva.example.com/api").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("tokenUrl");
        assertThatThrownBy(() -> AivaClient.builder().tokenUrl("https://id.example.com/token").clientCredentials("a", "b").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("baseUrl");
    }

    /** The API classes generated into io.aiva.sdk.api, read from the compiled classes. */
    private static List<Class<?>> generatedApiClasses() throws IOException, URISyntaxException {
        Path directory = Path.of(io.aiva.sdk.api.StatusApi.class.getResource("StatusApi.class").toURI()).getParent();
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith("Api.class"))
                    .map(name -> load("io.aiva.sdk.api." + name.substring(0, name.length() - ".class".length())))
                    .filter(type -> Modifier.isPublic(type.getModifiers()))
                    .collect(Collectors.toList());
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
