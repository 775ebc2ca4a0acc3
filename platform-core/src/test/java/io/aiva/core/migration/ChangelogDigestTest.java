package io.aiva.core.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangelogDigestTest {

    private static final SchemaSettings SETTINGS = new SchemaSettings("aiva", "aiva_app");
    private static final Path CHANGELOG_SOURCES = Path.of("src/main/resources");

    @TempDir
    Path classpath;

    @Test
    void theDigestCoversEveryChangelogFileOfTheBuild() throws IOException {
        ChangelogDigest digest = ChangelogDigest.of(SchemaMigrator.CHANGELOG, SETTINGS, getClass().getClassLoader());

        try (Stream<Path> files = Files.walk(CHANGELOG_SOURCES.resolve("db/changelog"))) {
            assertThat(digest.files()).containsExactlyInAnyOrderElementsOf(files.filter(Files::isRegularFile)
                    .map(file -> CHANGELOG_SOURCES.relativize(file).toString().replace('\\', '/')).toList());
        }
    }

    @Test
    void anyChangeToAnIncludedFileOrToAParameterGivesAnotherDigest() throws IOException {
        write("master.xml", changelog("<include file=\"release.xml\"/>"));
        write("release.xml", changelog("<changeSet id=\"one\" author=\"aiva\"/>"));
        String original = digest(SETTINGS);

        assertThat(digest(SETTINGS)).isEqualTo(original);
        assertThat(digest(new SchemaSettings("aiva", "another_role"))).isNotEqualTo(original);
        assertThat(digest(new SchemaSettings("elsewhere", "aiva_app"))).isNotEqualTo(original);

        write("release.xml", changelog("<changeSet id=\"one\" author=\"aiva\"><comment>edited</comment></changeSet>"));
        assertThat(digest(SETTINGS)).isNotEqualTo(original);
    }

    @Test
    void aDirectoryIncludeIsRefusedRatherThanLeftOut() throws IOException {
        write("master.xml", changelog("<includeAll path=\"releases/\"/>"));

        assertThatThrownBy(() -> digest(SETTINGS)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("includeAll");
    }

    @Test
    void aMissingIncludedFileIsReportedByName() throws IOException {
        write("master.xml", changelog("<include file=\"gone.xml\"/>"));

        assertThatThrownBy(() -> digest(SETTINGS)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gone.xml");
    }

    private String digest(SchemaSettings settings) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classpath.toUri().toURL()}, null)) {
            return ChangelogDigest.of("master.xml", settings, loader).hex();
        }
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(classpath.resolve(name), content);
    }

    private static String changelog(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\">" + body + "</databaseChangeLog>\n";
    }
}
