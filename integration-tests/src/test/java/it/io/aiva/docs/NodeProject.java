package it.io.aiva.docs;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A company's Node.js project as docs/integrate.md sets one up: the SDK packed with {@code npm pack} and
 * installed from the tarball, and the guide's scripts (src/test/js) beside it, run with node.
 */
final class NodeProject {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long RUN_MINUTES = 2;
    /** The guide's Node.js scripts, in src/test/js. */
    private static final List<String> GUIDE_SCRIPTS = List.of("aiva-client.mjs", "invite.mjs", "results.mjs",
            "webhook-receiver.mjs", "webhooks.mjs");

    private final Path directory;

    private NodeProject(Path directory) {
        this.directory = directory;
    }

    /** The SDK as the build made it: sdk-js, whose target/dist holds the compiled package. */
    static Path sdkJs() {
        return Path.of(System.getProperty("aiva.sdk.js")).toAbsolutePath().normalize().getParent().getParent().getParent();
    }

    /** The guide's JavaScript and HTML sources. */
    static Path scripts() {
        return Path.of(System.getProperty("aiva.sdk.js.flow")).toAbsolutePath().normalize().getParent();
    }

    /** Packs the SDK into {@code work} and installs the tarball into a new project there, with the guide's scripts. */
    static NodeProject install(Path work) throws IOException, InterruptedException {
        JsonNode packed = JSON.readTree(run(sdkJs(), List.of("npm", "pack", "--json", "--pack-destination", work.toString()),
                Map.of()));
        Path project = Files.createDirectories(work.resolve("acme-ats"));
        Files.writeString(project.resolve("package.json"), "{\"name\":\"acme-ats\",\"private\":true,\"type\":\"module\"}");
        // Offline and without install scripts: the package has no dependencies to fetch and runs nothing.
        run(project, List.of("npm", "install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts",
                work.resolve(packed.get(0).get("filename").asText()).toString()), Map.of());
        for (String script : GUIDE_SCRIPTS) {
            Files.copy(scripts().resolve(script), project.resolve(script));
        }
        return new NodeProject(project);
    }

    /** Runs one of the guide's scripts; the last line it printed, read as JSON. */
    JsonNode node(String script, Map<String, String> environment) throws IOException, InterruptedException {
        List<String> lines = run(directory, List.of("node", script), environment).strip().lines().toList();
        return JSON.readTree(lines.get(lines.size() - 1));
    }

    /**
     * What TypeScript's checker finds wrong in the guide's scripts, read against the installed package's
     * declarations as a TypeScript user's editor reads them (the TypeScript and Node.js types the SDK builds with).
     */
    String typeCheck() throws IOException, InterruptedException {
        Path modules = sdkJs().resolve("node_modules");
        List<String> command = new ArrayList<>(List.of("node", modules.resolve("typescript/bin/tsc").toString(),
                "--noEmit", "--allowJs", "--checkJs", "--module", "nodenext", "--moduleResolution", "nodenext",
                "--target", "es2022", "--lib", "es2022,dom", "--types", "node",
                "--typeRoots", modules.resolve("@types").toString()));
        command.addAll(GUIDE_SCRIPTS);
        return run(directory, command, Map.of());
    }

    private static String run(Path directory, List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        File output = File.createTempFile("aiva-guide-", ".out");
        File errors = File.createTempFile("aiva-guide-", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectOutput(output).redirectError(errors);
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(RUN_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not end within " + RUN_MINUTES + " minutes; it printed:\n"
                        + Files.readString(output.toPath()) + Files.readString(errors.toPath()));
            }
            String printed = Files.readString(output.toPath(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError(command + " in " + directory + " failed (exit " + process.exitValue() + "):\n" + printed
                        + Files.readString(errors.toPath(), StandardCharsets.UTF_8));
            }
            return printed;
        } finally {
            Files.deleteIfExists(output.toPath());
            Files.deleteIfExists(errors.toPath());
        }
    }
}
