package io.aiva.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibertyJvmTest {

    @TempDir
    Path jvms;

    @Test
    void theNewestJdkOfTheReleaseOrLaterIsFoundByItsReleaseFile() throws IOException {
        jdk("java-17-openjdk-amd64", "17.0.15");
        jdk("temurin-25-jdk-amd64", "25.0.3");
        jdk("temurin-26-jdk-amd64", "26");
        Files.createDirectories(jvms.resolve("openjdk-17"));

        assertThat(LibertyJvm.newestJdk(jvms, 25)).contains(jvms.resolve("temurin-26-jdk-amd64"));
        assertThat(LibertyJvm.newestJdk(jvms, 27)).isEmpty();
        assertThat(LibertyJvm.newestJdk(jvms.resolve("absent"), 17)).isEmpty();
    }

    @Test
    void onlyAJdkOfRelease25OrLaterIsTrustedWithAnAheadOfTimeCache() throws IOException {
        assertThat(new LibertyJvm(jdk("temurin-25-jdk-amd64", "25.0.3"), List.of()).supportsAotCache()).isTrue();
        assertThat(new LibertyJvm(jdk("java-17-openjdk-amd64", "17.0.15"), List.of()).supportsAotCache()).isFalse();
        assertThat(LibertyJvm.DEFAULT.supportsAotCache()).isFalse();
    }

    @Test
    void theOptionsFollowThoseOfTheEnvironmentSoAProfilerNamedThereStays() {
        Path cache = Path.of("/tmp/liberty.aot");
        LibertyJvm jvm = new LibertyJvm(Path.of("/opt/jdk"), List.of()).recordingAotCache(cache);
        Map<String, String> environment = new HashMap<>(Map.of("JVM_ARGS", "-XX:StartFlightRecording "));

        jvm.applyTo(environment);

        assertThat(environment).containsEntry("JAVA_HOME", "/opt/jdk")
                .containsEntry("JVM_ARGS", "-XX:StartFlightRecording -XX:AOTCacheOutput=/tmp/liberty.aot");
        assertThat(jvm.recordsAotCache()).isTrue();
        assertThat(new LibertyJvm(null, List.of()).usingAotCache(cache).recordsAotCache()).isFalse();
    }

    @Test
    void theDefaultJvmLeavesTheEnvironmentAlone() {
        Map<String, String> environment = new HashMap<>(Map.of("JVM_ARGS", "-Xss1m"));

        LibertyJvm.DEFAULT.applyTo(environment);

        assertThat(environment).isEqualTo(Map.of("JVM_ARGS", "-Xss1m"));
    }

    private Path jdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(jvms.resolve(name));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        java.toFile().setExecutable(true);
        return home;
    }
}
