package io.aiva.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;

import io.aiva.keycloak.RealmAsCode;

/**
 * A real Keycloak from the {@code keycloak-quarkus-dist} zip on Maven Central, unpacked and built for
 * PostgreSQL once into a cache directory, then started in production mode ({@code start --optimized})
 * against its own database in the local PostgreSQL.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final String BOOTSTRAP_ADMIN = "aiva-bootstrap";
    private static final Duration READY_LIMIT = Duration.ofMinutes(4);

    private final Process process;
    private final URI baseUri;
    private final String adminPassword;

    private KeycloakServer(Process process, URI baseUri, String adminPassword) {
        this.process = process;
        this.baseUri = baseUri;
        this.adminPassword = adminPassword;
    }

    /**
     * Starts Keycloak and waits until it answers.
     *
     * @param distribution  the dist zip, as Maven resolved it
     * @param cache         where unpacked, built distributions are kept between runs
     * @param port          HTTP port on 127.0.0.1
     * @param database      where Keycloak keeps its data
     * @param adminPassword the master realm's bootstrap administrator's password; it only takes
     *                      effect when Keycloak's database is new, so keep it with the data
     * @param log           where Keycloak's output goes
     */
    public static KeycloakServer start(Path distribution, Path cache, int port, EmbeddedDatabase.Login database,
            String adminPassword, Path log) throws IOException, InterruptedException {
        Path home = installation(distribution, cache);
        URI baseUri = URI.create("http://localhost:" + port);
        ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port,
                "--hostname=" + baseUri, "--hostname-strict=false", "--proxy-headers=xforwarded",
                "--db-url=" + database.jdbcUrl(), "--log-level=WARN,org.keycloak.services:INFO");
        builder.environment().put("KC_DB_USERNAME", database.user());
        builder.environment().put("KC_DB_PASSWORD", database.password());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", BOOTSTRAP_ADMIN);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        builder.redirectErrorStream(true);
        Files.createDirectories(log.getParent());
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        KeycloakServer server = new KeycloakServer(process, baseUri, adminPassword);
        try {
            HealthPoller.awaitOk("Keycloak", process, baseUri.resolve("/realms/master/.well-known/openid-configuration"),
                    READY_LIMIT, log);
        } catch (IOException | InterruptedException e) {
            server.close();
            throw e;
        }
        return server;
    }

    public URI baseUri() {
        return baseUri;
    }

    public URI issuer() {
        return baseUri.resolve("/realms/" + RealmAsCode.REALM);
    }

    /** Where tokens are issued, for clients that get one. */
    public URI tokenEndpoint() {
        return baseUri.resolve("/realms/" + RealmAsCode.REALM + "/protocol/openid-connect/token");
    }

    /**
     * What Liberty must know to trust this Keycloak's tokens and to manage the realm as the platform
     * client, as a deployment passes it in the environment.
     */
    public Map<String, String> libertyEnvironment(Keycloak admin) {
        RealmResource realm = admin.realm(RealmAsCode.REALM);
        String platformClient = realm.clients().findByClientId(RealmAsCode.PLATFORM_CLIENT).get(0).getId();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("AIVA_OIDC_ISSUER", issuer().toString());
        environment.put("AIVA_OIDC_JWKS_URI", issuer() + "/protocol/openid-connect/certs");
        environment.put("AIVA_KEYCLOAK_URL", baseUri.toString());
        environment.put("AIVA_KEYCLOAK_PLATFORM_CLIENT_SECRET", realm.clients().get(platformClient).getSecret().getValue());
        return environment;
    }

    /** An admin client of the master realm, as the bootstrap administrator. */
    public Keycloak adminClient() {
        return Keycloak.getInstance(baseUri.toString(), "master", BOOTSTRAP_ADMIN, adminPassword, "admin-cli");
    }

    @Override
    public void close() throws InterruptedException {
        ProcessTree.stop(process, ProcessTree.STOP_LIMIT);
    }

    /** The unpacked distribution, built for PostgreSQL; made once per version, safely across processes. */
    private static Path installation(Path distribution, Path cache) throws IOException, InterruptedException {
        String name = distribution.getFileName().toString().replaceFirst("\\.zip$", "");
        Path home = cache.resolve(name);
        Path built = home.resolve(".aiva-built");
        if (Files.exists(built)) {
            return home;
        }
        Files.createDirectories(cache);
        try (FileChannel channel = FileChannel.open(cache.resolve(name + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            if (Files.exists(built)) {
                return home;
            }
            Path unpacked = Files.createTempDirectory(cache, name + ".unpacking");
            unzip(distribution, unpacked);
            Path root = unpacked.resolve(name.replaceFirst("-quarkus-dist", ""));
            deleteRecursively(home);
            Files.move(root, home, StandardCopyOption.ATOMIC_MOVE);
            deleteRecursively(unpacked);
            build(home);
            Files.createFile(built);
        }
        return home;
    }

    private static void build(Path home) throws IOException, InterruptedException {
        Path log = home.resolve("build.log");
        Process build = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "build", "--db=postgres")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!build.waitFor(5, TimeUnit.MINUTES) || build.exitValue() != 0) {
            build.destroyForcibly();
            throw new IOException("building Keycloak for PostgreSQL failed; see " + log);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path destination = target.resolve(entry.getName()).normalize();
                if (!destination.startsWith(target)) {
                    throw new IOException("refusing zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path each : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(each);
            }
        }
    }

}
