package it.io.aiva.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * docs/integrate.md says nothing its tests do not do: every code block in it is a region of a file that
 * {@code IntegrateGuide*IT} compile and run (see {@link SnippetCheck}), and the versions it names are the ones
 * the build makes. Runs without the platform, so a guide edited out of step fails the build at once.
 */
class IntegrateGuideTest {

    private static final String GUIDE = "docs/integrate.md";
    private static final String DEPENDENCY = "integration-tests/src/test/resources/docs/sdk-java-dependency.xml";

    private final Path root = repositoryRoot();

    @Test
    void everyCodeBlockOfTheGuideIsARegionOfAFileTheTestsRun() throws IOException {
        List<String> problems = new SnippetCheck(root).problems(GUIDE);

        assertThat(problems).as("%s is out of step with its sources:%n%s", GUIDE, String.join("\n\n", problems)).isEmpty();
    }

    @Test
    void theGuideHasItsSectionsInOrder() throws IOException {
        List<String> headings = Files.readAllLines(root.resolve(GUIDE)).stream().filter(line -> line.startsWith("## ")).toList();

        assertThat(headings).containsSubsequence("## What you need", "## Java", "## JavaScript and TypeScript", "## Webhooks",
                "## Greenhouse");
    }

    @Test
    void theMavenDependencyIsTheOneSdkJavaBuilds() throws Exception {
        Element shown = xml(root.resolve(DEPENDENCY));
        Element built = xml(root.resolve("sdk-java/pom.xml"));
        String builtCoordinates = inherited(built, "groupId") + ":" + child(built, "artifactId") + ":" + inherited(built, "version");

        assertThat(child(shown, "groupId") + ":" + child(shown, "artifactId") + ":" + child(shown, "version"))
                .as("the dependency the guide shows (%s); change it there and copy its region into %s", DEPENDENCY, GUIDE)
                .isEqualTo(builtCoordinates);
    }

    @Test
    void theNpmPackageTheGuideInstallsIsTheOneSdkJsPacks() throws IOException {
        String version = new ObjectMapper().readTree(root.resolve("sdk-js/package.json").toFile()).get("version").asText();
        Matcher tarball = Pattern.compile("aiva-sdk-(\\S+?)\\.tgz").matcher(Files.readString(root.resolve(GUIDE)));

        assertThat(tarball.find()).as("%s names the package npm pack makes", GUIDE).isTrue();
        do {
            assertThat(tarball.group(1)).as("the version of the package %s installs (sdk-js/package.json)", GUIDE).isEqualTo(version);
        } while (tarball.find());
    }

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

    private static Element xml(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    }

    /** A child element's text, or null without one. */
    private static String child(Element element, String name) {
        for (org.w3c.dom.Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && child.getTagName().equals(name)) {
                return child.getTextContent().strip();
            }
        }
        return null;
    }

    /** A POM's own value, or its parent's when it inherits it. */
    private static String inherited(Element project, String name) {
        String own = child(project, name);
        if (own != null) {
            return own;
        }
        for (org.w3c.dom.Node node = project.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element parent && parent.getTagName().equals("parent")) {
                return child(parent, name);
            }
        }
        return null;
    }

    /** The repository's root: the test runs in integration-tests, or in the root itself from some IDEs. */
    private static Path repositoryRoot() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isDirectory(directory.resolve("integration-tests"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
        }
        return directory;
    }
}
