package io.aiva.localstack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The README's run command: starts the local platform, prints where to go, and keeps it running
 * until Ctrl-C, which stops every part cleanly.
 */
public final class LocalStackMain {

    private LocalStackMain() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("aiva.data.dir", ".aiva"));
        LocalStack.Options options = new LocalStack.Options(
                Path.of(System.getProperty("aiva.liberty.install", "platform-ear/target/liberty/wlp")),
                System.getProperty("aiva.liberty.server", "aivaServer"),
                data,
                Integer.getInteger("aiva.http.port", 9080),
                null,
                new LocalStack.KeycloakOptions(Path.of(required("aiva.keycloak.dist")),
                        Path.of(System.getProperty("aiva.cache.dir", System.getProperty("user.home") + "/.cache/aiva")),
                        Integer.getInteger("aiva.keycloak.port", 8180), data.resolve("logs/keycloak.log")),
                LibertyJvm.DEFAULT);
        System.out.println("Starting AIVA: embedded PostgreSQL, Keycloak, then Open Liberty ...");
        LocalStack stack = LocalStack.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping AIVA ...");
            try {
                stack.close();
            } catch (Exception e) {
                System.err.println("AIVA did not stop cleanly: " + e);
            }
            stopped.countDown();
        }, "aiva-local-stack-shutdown"));
        String demoInterview = DemoCompany.seed(stack);
        System.out.println(Banner.of(stack, demoInterview));
        stopped.await();
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("-D" + property + " is required (the run profile sets it)");
        }
        return value;
    }
}
