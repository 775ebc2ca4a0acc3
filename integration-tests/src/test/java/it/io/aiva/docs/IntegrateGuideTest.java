package it.io.aiva.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check that keeps a guide's code blocks copies of the code the tests run ({@link SnippetCheck}), on guides
 * and sources of its own. Runs without the platform.
 */
class IntegrateGuideTest {

    @Test
    void aBlockWithoutASnippetMarkerIsReportedWithTheWayToFixIt(@TempDir Path repository) throws IOException {
        write(repository, "guide.md", "# Guide", "", "```java", "int answer = 42;", "```", "", "```console", "$ ./mvnw verify", "```");

        assertThat(new SnippetCheck(repository).problems("guide.md")).singleElement().asString()
                .startsWith("guide.md:3: this ```java block names no source.")
                .contains("`<!-- snippet: <path from the repository root>#<region> -->`", "```console or ```text");
    }

    @Test
    void aBlockIsComparedWithItsRegionWithoutTheRegionsIndentation(@TempDir Path repository) throws IOException {
        write(repository, "Example.java", "class Example {", "    void run() {", "        // docs:start greet",
                "        if (ready) {", "            greet();", "        }", "        // docs:end greet", "    }", "}");
        write(repository, "guide.md", "<!-- snippet: Example.java#greet -->", "```java", "if (ready) {", "    greet();", "}", "```");

        assertThat(new SnippetCheck(repository).problems("guide.md")).isEmpty();
    }

    @Test
    void aBlockThatDiffersFromItsRegionIsReportedWithTheRegionToCopy(@TempDir Path repository) throws IOException {
        write(repository, "example.mjs", "// docs:start greet", "console.log('hello');", "// docs:end greet");
        write(repository, "guide.md", "<!-- snippet: example.mjs#greet -->", "```js", "console.log('hi');", "```");

        assertThat(new SnippetCheck(repository).problems("guide.md")).singleElement().asString()
                .startsWith("guide.md:2: the ```js block differs from example.mjs#greet (lines 2-2)")
                .contains("the guide has `console.log('hi');` where the source has `console.log('hello');`")
                .endsWith("Copy the region into the guide:\nconsole.log('hello');");
    }

    @Test
    void aMarkerNamingARegionThatIsNotThereIsReported(@TempDir Path repository) throws IOException {
        write(repository, "page.html", "<!-- docs:start page -->", "<p>Hello</p>", "<!-- docs:end page -->");
        write(repository, "guide.md", "<!-- snippet: page.html#page -->", "```html", "<p>Hello</p>", "```", "",
                "<!-- snippet: page.html#footer -->", "```html", "<footer></footer>", "```", "",
                "<!-- snippet: gone.html#page -->", "```html", "<p>Hello</p>", "```");

        assertThat(new SnippetCheck(repository).problems("guide.md")).containsExactly(
                "guide.md:7: page.html has no region footer. Mark it with `docs:start footer` and `docs:end footer` comments,"
                        + " or name one of [page] in the marker.",
                "guide.md:12: the snippet's file gone.html does not exist. Fix the path in the marker (it starts at the"
                        + " repository root).");
    }

    @Test
    void aRegionNoBlockQuotesIsReported(@TempDir Path repository) throws IOException {
        write(repository, "example.mjs", "// docs:start used", "use();", "// docs:end used", "// docs:start forgotten", "forget();",
                "// docs:end forgotten");
        write(repository, "guide.md", "<!-- snippet: example.mjs#used -->", "```js", "use();", "```");

        assertThat(new SnippetCheck(repository).problems("guide.md")).containsExactly(
                "guide.md: no block quotes the region forgotten of example.mjs. Quote it, or remove its docs:start and docs:end"
                        + " comments.");
    }

    @Test
    void aBlockIndentedInAListItemIsCheckedWithoutTheListsIndentation(@TempDir Path repository) throws IOException {
        write(repository, "example.mjs", "// docs:start greet", "if (ready) {", "  greet();", "}", "// docs:end greet");
        write(repository, "guide.md", "1. Greet:", "", "   <!-- snippet: example.mjs#greet -->", "   ```js", "   if (ready) {",
                "     greet();", "   }", "   ```", "2. Leave:", "", "   ```js", "   leave();", "   ```");

        assertThat(new SnippetCheck(repository).problems("guide.md")).singleElement().asString()
                .startsWith("guide.md:11: this ```js block names no source.");
    }

    @Test
    void aRegionMayHoldAnotherWhoseMarkersItLeavesOut(@TempDir Path repository) throws IOException {
        write(repository, "page.html", "<!-- docs:start page -->", "<main>", "  <!-- docs:start greeting -->", "  <p>Hello</p>",
                "  <!-- docs:end greeting -->", "</main>", "<!-- docs:end page -->");
        write(repository, "guide.md", "<!-- snippet: page.html#page -->", "```html", "<main>", "  <p>Hello</p>", "</main>", "```",
                "<!-- snippet: page.html#greeting -->", "```html", "<p>Hello</p>", "```");

        assertThat(new SnippetCheck(repository).problems("guide.md")).isEmpty();
    }

    private static void write(Path directory, String file, String... lines) throws IOException {
        Files.write(directory.resolve(file), List.of(lines));
    }
}
