package io.aiva.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JVM Liberty runs on: a JDK (null: whichever {@code JAVA_HOME} or {@code PATH} gives) and
 * options added to the server's {@code jvm.options}, as a deployment's image would add them.
 */
public record LibertyJvm(Path javaHome, List<String> options) {

    public static final LibertyJvm DEFAULT = new LibertyJvm(null, List.of());

    /** JDK 25 is the first whose ahead-of-time cache keeps classes from class loaders like Liberty's. */
    public static final int AOT_CACHE_RELEASE = 25;

    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

    public LibertyJvm {
        options = List.copyOf(options);
    }

    /** This JVM with an ahead-of-time cache recorded by a training run: written when the server stops. */
    public LibertyJvm recordingAotCache(Path cache) {
        return withOption("-XX:AOTCacheOutput=" + cache.toAbsolutePath());
    }

    /** This JVM starting from an ahead-of-time cache that {@link #recordingAotCache} wrote. */
    public LibertyJvm usingAotCache(Path cache) {
        return withOption("-XX:AOTCache=" + cache.toAbsolutePath());
    }

    /** Whether its JDK is known to be of release {@value #AOT_CACHE_RELEASE} or later. */
    public boolean supportsAotCache() throws IOException {
        return javaHome != null && featureRelease(javaHome) >= AOT_CACHE_RELEASE;
    }

    /** Whether stopping it also writes an ahead-of-time cache, which takes the JVM half a minute or more. */
    boolean recordsAotCache() {
        return options.stream().anyMatch(option -> option.startsWith("-XX:AOTCacheOutput="));
    }

    /** This JVM with one more option, after the others. */
    public LibertyJvm withOption(String option) {
        List<String> more = new ArrayList<>(options);
        more.add(option);
        return new LibertyJvm(javaHome, more);
    }

    /**
     * What the server script reads from the environment for this JVM: the JDK, and the options after
     * those of {@code JVM_ARGS} in this process's environment, so a profiler named there still applies.
     */
    void applyTo(Map<String, String> environment) {
        if (javaHome != null) {
            environment.put("JAVA_HOME", javaHome.toString());
        }
        if (!options.isEmpty()) {
            String inherited = environment.getOrDefault("JVM_ARGS", "");
            environment.put("JVM_ARGS", (inherited.isBlank() ? "" : inherited.strip() + " ") + String.join(" ", options));
        }
    }

    /**
     * The newest JDK of at least {@code release} among the JDKs installed side by side in
     * {@code directory} (Debian keeps them in {@code /usr/lib/jvm}), read from each one's
     * {@code release} file.
     */
    public static Optional<Path> newestJdk(Path directory, int release) throws IOException {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        Path newest = null;
        int newestRelease = 0;
        try (Stream<Path> homes = Files.list(directory)) {
            for (Path home : homes.sorted().toList()) {
                int found = featureRelease(home);
                if (found >= release && found > newestRelease && Files.isExecutable(home.resolve("bin/java"))) {
                    newest = home;
                    newestRelease = found;
                }
            }
        }
        return Optional.ofNullable(newest);
    }

    private static int featureRelease(Path home) throws IOException {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return 0;
        }
        Matcher version = JAVA_VERSION.matcher(Files.readString(release));
        return version.find() ? Integer.parseInt(version.group(1)) : 0;
    }
}
