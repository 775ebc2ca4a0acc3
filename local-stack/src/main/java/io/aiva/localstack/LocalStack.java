package io.aiva.localstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.keycloak.admin.client.Keycloak;

import io.aiva.keycloak.RealmAsCode;
import io.aiva.keycloak.RealmProvisioner;

/**
 * The whole platform on one machine: embedded PostgreSQL, then Keycloak (its realm provisioned from
 * the repository and the demo users seeded), then Open Liberty with the EAR, each started only when
 * the one before is ready, and stopped in reverse order. The run command and the
 * integration tests both start the platform through this class, so they cannot drift apart.
 */
public final class LocalStack implements AutoCloseable {

    private static final Duration READY_LIMIT = Duration.ofMinutes(3);

    private final Options options;
    private EmbeddedDatabase database;
    private KeycloakServer keycloak;
    private LibertyServer liberty;
    private Duration libertyStartToReady;
    private LibertyJvm libertyJvm;
    private Map<String, String> libertyEnvironment;
    private int libertyPort;

    private LocalStack(Options options) {
        this.options = options;
    }

    /**
     * What to start and where.
     *
     * @param libertyInstall the {@code wlp} directory built by {@code platform-ear}
     * @param serverName     the Liberty server defined there
     * @param dataDirectory  where PostgreSQL keeps its files; null for a throw-away database
     * @param httpPort       Liberty's HTTP port; 0 picks a free one
     * @param libertyOutput  where Liberty writes logs and its work area; null for its own directory,
     *                       with the console on this process's output
     * @param keycloak       how to run Keycloak
     * @param libertyJvm     the JVM Liberty runs on
     */
    public record Options(Path libertyInstall, String serverName, Path dataDirectory, int httpPort, Path libertyOutput,
            KeycloakOptions keycloak, LibertyJvm libertyJvm) {
    }

    /**
     * @param distribution the {@code keycloak-quarkus-dist} zip as Maven resolved it
     * @param cache        where the unpacked, built distribution is kept between runs
     * @param port         Keycloak's HTTP port; 0 picks a free one
     * @param log          where Keycloak's output goes
     */
    public record KeycloakOptions(Path distribution, Path cache, int port, Path log) {
    }

    /** Starts every part and returns once the platform answers ready. */
    public static LocalStack start(Options options) throws IOException, SQLException, InterruptedException {
        LocalStack stack = new LocalStack(options);
        try {
            stack.startParts();
        } catch (Throwable e) {
            // An Error too (a class missing from the build, an assertion): the parts already started
            // are processes of their own and would outlive this JVM.
            try {
                stack.close();
            } catch (IOException | InterruptedException | RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        return stack;
    }

    private void startParts() throws IOException, SQLException, InterruptedException {
        Path postgresData = options.dataDirectory() == null ? null : options.dataDirectory().resolve("postgres");
        database = EmbeddedDatabase.start(postgresData, 0);
        int port = options.httpPort() == 0 ? freePort() : options.httpPort();
        URI publicUrl = URI.create("http://localhost:" + port);
        KeycloakOptions keycloakOptions = options.keycloak();
        keycloak = KeycloakServer.start(keycloakOptions.distribution(), keycloakOptions.cache(),
                keycloakOptions.port() == 0 ? freePort() : keycloakOptions.port(), database.serviceDatabase("keycloak"),
                persistentSecret("keycloak-bootstrap-admin.secret", EmbeddedDatabase::randomPassword), keycloakOptions.log());
        libertyEnvironment = new LinkedHashMap<>(database.libertyEnvironment());
        libertyEnvironment.put("AIVA_PUBLIC_URL", publicUrl.toString());
        libertyEnvironment.put("AIVA_LAUNCH_LINKS_SECRET", persistentSecret("launch-links.secret", EmbeddedDatabase::randomPassword));
        libertyEnvironment.put("AIVA_SECRETS_KEY", persistentSecret("secrets.key", LocalStack::newSecretsKey));
        // A development stack: webhooks may go to receivers on this machine, over plain HTTP.
        libertyEnvironment.put("AIVA_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true");
        // ... and e-mail to candidates goes to the server log, unless this machine names a mail service.
        if (System.getenv("AIVA_MAIL_PROVIDER") == null) {
            libertyEnvironment.put("AIVA_MAIL_PROVIDER", "log");
        }
        libertyPort = port;
        try (Keycloak admin = keycloak.adminClient()) {
            new RealmProvisioner(admin, new RealmAsCode(publicUrl.toString())).provision();
            libertyEnvironment.putAll(keycloak.libertyEnvironment(admin));
            DemoUsers.seed(admin);
        }
        startLiberty(true, options.libertyJvm());
    }

    /** Clean the first time, since the build may have changed the application; a restart keeps the caches it filled. */
    private void startLiberty(boolean clean, LibertyJvm jvm) throws IOException, InterruptedException {
        libertyJvm = jvm;
        long started = System.nanoTime();
        liberty = LibertyServer.start(options.libertyInstall(), options.serverName(), libertyPort, libertyEnvironment,
                options.libertyOutput(), clean, jvm);
        liberty.awaitReady(READY_LIMIT);
        libertyStartToReady = Duration.ofNanos(System.nanoTime() - started);
    }

    /**
     * Stops Liberty and starts it again on the same port and database, as a deployment restarts a
     * server whose caches (OSGi bundle resolution, expanded application) a previous start filled.
     *
     * @return seconds from the new launch until {@code /health/ready} said UP
     */
    public Duration restartLiberty() throws IOException, InterruptedException {
        return restartLiberty(libertyJvm);
    }

    /** {@link #restartLiberty()} on another JVM, or the same with other options. */
    public Duration restartLiberty(LibertyJvm jvm) throws IOException, InterruptedException {
        liberty.close();
        startLiberty(false, jvm);
        return libertyStartToReady;
    }

    /**
     * Kills Liberty as a crash would (work under way is cut short, nothing is cleaned up); the
     * database and Keycloak stay up. {@link #startLibertyAgain()} brings it back.
     */
    public void crashLiberty() throws InterruptedException {
        liberty.crash();
    }

    /** Starts Liberty again on the same port and database after {@link #crashLiberty()}, until ready. */
    public Duration startLibertyAgain() throws IOException, InterruptedException {
        startLiberty(false, libertyJvm);
        return libertyStartToReady;
    }

    /**
     * A secret that must outlive a restart of a persistent stack: Keycloak keeps its bootstrap
     * administrator's password from the day its database was made, launch links sent before a
     * restart must still open, and the secrets stored sealed must still be read. Kept beside the
     * data; a throw-away stack makes new ones.
     */
    private String persistentSecret(String fileName, Supplier<String> maker) throws IOException {
        if (options.dataDirectory() == null) {
            return maker.get();
        }
        Path file = options.dataDirectory().resolve(fileName);
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, maker.get(), StandardOpenOption.CREATE_NEW);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return Files.readString(file).strip();
    }

    /** A key for {@code AIVA_SECRETS_KEY}: 32 random bytes, base64, as {@code openssl rand -base64 32} makes. */
    public static String newSecretsKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    public URI baseUri() {
        return liberty.baseUri();
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    /** Signs people in the way the browser apps do, for this stack. */
    public PasswordLogin login() {
        return new PasswordLogin(keycloak.baseUri(), liberty.baseUri());
    }

    /** JDBC URL of the embedded database, for tests that inspect it as its superuser would. */
    public String jdbcUrl() {
        return database.jdbcUrl();
    }

    public String ownerUser() {
        return EmbeddedDatabase.OWNER_ROLE;
    }

    public String ownerPassword() {
        return database.ownerPassword();
    }

    public String applicationUser() {
        return EmbeddedDatabase.APP_ROLE;
    }

    public String applicationPassword() {
        return database.appPassword();
    }

    /** The JVM the running Liberty was started on. */
    public LibertyJvm libertyJvm() {
        return libertyJvm;
    }

    /** Seconds from launching Liberty until {@code /health/ready} said UP. */
    public Duration libertyStartToReady() {
        return libertyStartToReady;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (liberty != null) {
                liberty.close();
            }
        } finally {
            try {
                if (keycloak != null) {
                    keycloak.close();
                }
            } finally {
                if (database != null) {
                    database.close();
                }
            }
        }
    }

    /** Superuser access to the embedded database, for tests that check what the platform stored. */
    public EmbeddedDatabase database() {
        return database;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
