package it.io.aiva.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import io.aiva.localstack.LocalStack;

/**
 * Starts the platform once for the whole test run through the same launcher as the run command,
 * and hands it to every test that asks for a {@link LocalStack}. JUnit closes it after the last test.
 */
public class Platform implements ParameterResolver {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class).stack;
    }

    /** Where the built server lives, as Maven tells Failsafe. */
    public static Path libertyInstall() {
        return Path.of(System.getProperty("aiva.liberty.install"));
    }

    public static String libertyServerName() {
        return System.getProperty("aiva.liberty.server");
    }

    /** A directory of its own for one Liberty instance's logs and work area. */
    public static Path libertyOutput(String instance) {
        return Path.of(System.getProperty("aiva.liberty.output"), instance);
    }

    public static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static final class Running implements ExtensionContext.Store.CloseableResource {

        private final LocalStack stack;

        private Running(LocalStack stack) {
            this.stack = stack;
        }

        static Running start() {
            try {
                return new Running(LocalStack.start(new LocalStack.Options(libertyInstall(), libertyServerName(), null, 0,
                        libertyOutput("shared"))));
            } catch (Exception e) {
                throw new IllegalStateException("the platform did not start: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws Exception {
            stack.close();
        }
    }
}
