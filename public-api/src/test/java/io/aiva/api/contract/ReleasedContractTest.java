package io.aiva.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The build's guard on the released contract: {@code verify} fails when aiva-v1.yaml breaks a client
 * of any released v1, and leaves what changed in target/openapi-diff/. A test rather than
 * openapi-diff's Maven plugin because only openapi-diff-core is served by the registry we build from;
 * the breaking-change cases show that openapi-diff judges the changes we care about as a client would.
 */
class ReleasedContractTest {

    private static final Path CURRENT = Path.of("src/main/openapi/aiva-v1.yaml");
    private static final Path RELEASED = Path.of("src/main/openapi/released");
    private static final Path FIRST_RELEASE = RELEASED.resolve("aiva-v1.0.0.yaml");
    private static final Path REPORTS = Path.of("target/openapi-diff");

    // Every release, not only the latest: a client may still be on any of them.
    static Stream<Path> releasedV1Contracts() throws IOException {
        try (Stream<Path> files = Files.list(RELEASED)) {
            List<Path> v1 = files.filter(file -> file.getFileName().toString().matches("aiva-v1\\.\\d+\\.\\d+\\.yaml"))
                    .sorted()
                    .toList();
            assertThat(v1).contains(FIRST_RELEASE);
            return v1.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("releasedV1Contracts")
    void theCurrentContractKeepsEveryReleasedV1Promise(Path released) throws IOException {
        ChangedOpenApi diff = OpenApiCompare.fromSpecifications(parse(released), parse(CURRENT));
        String report = new MarkdownRender().render(diff);
        Files.createDirectories(REPORTS);
        Files.writeString(REPORTS.resolve("aiva-v1-against-" + released.getFileName().toString().replace(".yaml", ".md")), report);

        assertThat(diff.isCompatible()).as("aiva-v1.yaml breaks clients of %s:%n%s", released.getFileName(), report).isTrue();
    }

    static Stream<Arguments> breakingChanges() {
        return Stream.of(
                breaking("removing a path", api -> api.getPaths().remove("/v1/company")),
                breaking("making an optional query parameter required",
                        api -> api.getComponents().getParameters().get("Cursor").setRequired(true)),
                breaking("requiring a request field that was optional", api -> {
                    Schema<?> create = schema(api, "ApiClientCreate");
                    create.addProperty("description", new Schema<>().type("string"));
                    create.addRequiredItem("description");
                }),
                breaking("removing a value from a request enum",
                        api -> schema(api, "CompanyRole").getEnum().remove("recruiter")),
                breaking("dropping a required response field", api -> {
                    Schema<?> credentials = schema(api, "ApiClientCredentials");
                    credentials.getProperties().remove("tokenUrl");
                    credentials.getRequired().remove("tokenUrl");
                }));
    }

    @ParameterizedTest
    @MethodSource("breakingChanges")
    void aBreakingChangeToTheReleasedContractIsIncompatible(Consumer<OpenAPI> change) {
        OpenAPI changed = parse(FIRST_RELEASE);
        change.accept(changed);

        ChangedOpenApi diff = OpenApiCompare.fromSpecifications(parse(FIRST_RELEASE), changed);

        assertThat(diff.isIncompatible()).as(new MarkdownRender().render(diff)).isTrue();
    }

    private static Arguments breaking(String name, Consumer<OpenAPI> change) {
        return Arguments.of(Named.of(name, change));
    }

    private static Schema<?> schema(OpenAPI api, String name) {
        return api.getComponents().getSchemas().get(name);
    }

    // OpenApiCompare's own readers drop the parser's messages; a spec that half-parses would diff as
    // "compatible" for the half that got lost.
    private static OpenAPI parse(Path spec) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readLocation(spec.toAbsolutePath().toString(), null, options);
        assertThat(result.getMessages()).as("parser messages for %s", spec).isEmpty();
        return result.getOpenAPI();
    }
}
