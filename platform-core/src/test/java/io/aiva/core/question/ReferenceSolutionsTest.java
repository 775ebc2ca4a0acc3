package io.aiva.core.question;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Runs every coding problem's Java reference solution against all of its test cases, so a test case
 * with a wrong expected output fails the build instead of failing candidates.
 */
// Solutions read System.in and write System.out, which are swapped for each run: runs must not overlap.
@ResourceLock(Resources.SYSTEM_OUT)
class ReferenceSolutionsTest {

    private static final String BANK = "question-bank/coding.yaml";
    private static final List<String> STARTER_LANGUAGES = List.of("java", "python", "javascript");
    // Running in-process, with a cold JIT and a fresh class loader, deserves more slack than the
    // judge's limit; the budget is there so a solution stuck in a loop fails instead of hanging the build.
    private static final int TIME_LIMIT_SLACK = 5;

    @TestFactory
    Stream<DynamicContainer> everyReferenceSolutionPassesItsTests() throws IOException {
        List<JsonNode> problems = codingProblems();
        assertThat(problems).as("coding problems in %s", BANK).isNotEmpty();
        return problems.stream().map(ReferenceSolutionsTest::problem);
    }

    private static List<JsonNode> codingProblems() throws IOException {
        try (InputStream bank = ReferenceSolutionsTest.class.getClassLoader().getResourceAsStream(BANK)) {
            assertThat(bank).as("classpath resource %s", BANK).isNotNull();
            return elements(new YAMLMapper().readTree(bank).path("questions"))
                    .filter(question -> question.path("type").asText().equals("coding"))
                    .toList();
        }
    }

    private static DynamicContainer problem(JsonNode problem) {
        String key = problem.path("key").asText();
        JsonNode coding = problem.path("coding");
        Solution solution = new Solution(key, coding.path("referenceSolutions").path("java").asText());
        Duration budget = Duration.ofSeconds(coding.path("timeLimitSeconds").asLong()).multipliedBy(TIME_LIMIT_SLACK);
        Stream<DynamicNode> shape = Stream.of(dynamicTest("has visible and hidden tests and starter code",
                () -> assertShape(key, coding)));
        Stream<DynamicNode> runs = elements(coding.path("tests")).map(test -> dynamicTest(
                "test " + test.path("name").asText(), () -> assertPasses(key, solution, test, budget)));
        return dynamicContainer(key, Stream.concat(shape, runs));
    }

    private static void assertShape(String key, JsonNode coding) {
        List<JsonNode> tests = elements(coding.path("tests")).toList();
        long visible = tests.stream()
                .filter(test -> test.path("hidden").isBoolean() && !test.path("hidden").booleanValue())
                .count();
        long hidden = tests.stream().filter(test -> test.path("hidden").booleanValue()).count();
        assertThat(visible).as("%s: visible tests (hidden: false)", key).isGreaterThanOrEqualTo(2);
        assertThat(hidden).as("%s: hidden tests (hidden: true)", key).isGreaterThanOrEqualTo(5);
        for (String language : STARTER_LANGUAGES) {
            assertThat(coding.path("starterCode").path(language).asText())
                    .as("%s: %s starter code", key, language)
                    .isNotBlank();
        }
    }

    private static void assertPasses(String key, Solution solution, JsonNode test, Duration budget) throws Throwable {
        String name = test.path("name").asText();
        String actual = run(key, name, solution.classes(), test.path("stdin").asText(), budget);
        assertThat(normalise(actual))
                .as("%s / test %s: standard output of the Java reference solution", key, name)
                .isEqualTo(normalise(test.path("expectedOutput").asText()));
    }

    private static String run(String key, String name, Map<String, byte[]> classes, String stdin, Duration budget)
            throws Throwable {
        // A fresh class loader per run, so static fields of a solution cannot carry state between tests.
        Method main = new MemoryClassLoader(classes).loadClass("Main").getMethod("main", String[].class);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        InputStream originalIn = System.in;
        PrintStream originalOut = System.out;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(UTF_8)));
            System.setOut(new PrintStream(stdout, true, UTF_8));
            assertTimeoutPreemptively(budget, () -> invokeMain(key, name, main),
                    () -> key + " / test " + name + ": Main.main did not finish within " + budget);
            System.out.flush();
        } finally {
            System.setIn(originalIn);
            System.setOut(originalOut);
        }
        return stdout.toString(UTF_8);
    }

    private static void invokeMain(String key, String name, Method main) throws IllegalAccessException {
        try {
            main.invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
            throw new AssertionError(key + " / test " + name + ": Main.main threw " + e.getCause(), e.getCause());
        }
    }

    /** The judge's comparison: trailing whitespace on each line and trailing blank lines do not count. */
    private static String normalise(String output) {
        return output.lines().map(String::stripTrailing).collect(joining("\n")).stripTrailing();
    }

    private static Stream<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    /** A problem's reference solution, compiled on first use so a compile error fails each of its tests. */
    private static final class Solution {
        private final String key;
        private final String source;
        private Map<String, byte[]> classes;

        Solution(String key, String source) {
            this.key = key;
            this.source = source;
        }

        synchronized Map<String, byte[]> classes() throws IOException {
            if (classes == null) {
                classes = compile();
            }
            return classes;
        }

        private Map<String, byte[]> compile() throws IOException {
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            assertThat(compiler).as("the system Java compiler (the build must run on a JDK)").isNotNull();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            URI uri = URI.create("string:///Main.java");
            JavaFileObject main = new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            };
            StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8);
            try (MemoryFileManager files = new MemoryFileManager(standard)) {
                boolean compiled = compiler.getTask(null, files, diagnostics, null, null, List.of(main)).call();
                assertThat(compiled)
                        .as("%s: the Java reference solution does not compile:%n%s", key, describe(diagnostics))
                        .isTrue();
                return files.classes();
            }
        }

        private static String describe(DiagnosticCollector<JavaFileObject> diagnostics) {
            return diagnostics.getDiagnostics().stream()
                    .map(diagnostic -> "line " + diagnostic.getLineNumber() + ": " + diagnostic.getMessage(Locale.ROOT))
                    .collect(joining("\n"));
        }
    }

    /** Keeps javac's class files in memory, keyed by binary class name. */
    private static final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, ByteArrayOutputStream> outputs = new HashMap<>();

        MemoryFileManager(StandardJavaFileManager standard) {
            super(standard);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            outputs.put(className, bytes);
            URI uri = URI.create("memory:///" + className.replace('.', '/') + kind.extension);
            return new SimpleJavaFileObject(uri, kind) {
                @Override
                public OutputStream openOutputStream() {
                    return bytes;
                }
            };
        }

        Map<String, byte[]> classes() {
            Map<String, byte[]> classes = new HashMap<>();
            outputs.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
            return classes;
        }
    }

    /** Defines the compiled classes on top of the JDK alone, as on the judge, without the test classpath. */
    private static final class MemoryClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        MemoryClassLoader(Map<String, byte[]> classes) {
            super(ClassLoader.getPlatformClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
