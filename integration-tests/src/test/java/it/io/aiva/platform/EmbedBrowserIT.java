package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.aiva.localstack.LocalStack;

/**
 * The embed helper of the JavaScript SDK in a real headless Chromium: a company's page on another
 * origin mounts the interview and hears {@code ready} from it; a page on an origin the company does
 * not list gets a frame the browser refuses to show (frame-ancestors), and the link stays unused.
 */
@ExtendWith(Platform.class)
class EmbedBrowserIT {

    private HttpServer listedHost;
    private HttpServer unlistedHost;
    private ChromeDriver browser;

    @BeforeEach
    void start() throws IOException {
        listedHost = host();
        unlistedHost = host();
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver")
                .toFile()).build(), options);
    }

    @AfterEach
    void stop() {
        browser.quit();
        listedHost.stop(0);
        unlistedHost.stop(0);
    }

    @Test
    void aListedSiteMountsTheInterviewAndHearsReadyAndAnUnlistedOneIsRefusedTheFrame(LocalStack platform) throws Exception {
        String listed = origin(listedHost);
        String admin = embeddingCompany(platform, "embed-browser", listed);
        String template = template(platform, admin, "Embedded");
        JsonNode assigned = AssignmentsIT.assign(platform, admin, AssignmentsIT.candidate(platform, admin), template);
        String launchUrl = assigned.get("launchUrl").asText();

        browser.get(origin(unlistedHost) + "/?launch=" + URLEncoder.encode(launchUrl, StandardCharsets.UTF_8));
        List<String> console = new ArrayList<>();
        new WebDriverWait(browser, Duration.ofSeconds(60)).withMessage(() -> "the browser's console: " + console)
                .until(page -> {
                    page.manage().logs().get(LogType.BROWSER).forEach(entry -> console.add(entry.getMessage()));
                    return console.stream().anyMatch(message -> message.contains("frame-ancestors"));
                });
        assertThat(events()).as("a refused frame runs nothing").isEmpty();

        browser.get(listed + "/?launch=" + URLEncoder.encode(launchUrl, StandardCharsets.UTF_8));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(page -> !events().isEmpty());

        assertThat(events()).as("the link was still unused after the refused frame").isEqualTo("ready:{\"status\":\"consent_required\"}");
        assertThat(status(platform, admin, assigned)).isEqualTo("started");
    }

    @Test
    void aSecondInterviewMountedInTheSameTabOpensItsOwnLinkAndAReloadResumesIt(LocalStack platform) throws Exception {
        String listed = origin(listedHost);
        String admin = embeddingCompany(platform, "embed-two", listed);
        String template = template(platform, admin, "Embedded twice");
        JsonNode first = AssignmentsIT.assign(platform, admin, AssignmentsIT.candidate(platform, admin), template);
        JsonNode second = AssignmentsIT.assign(platform, admin, AssignmentsIT.candidate(platform, admin), template);

        browser.get(listed + "/?launch=" + URLEncoder.encode(first.get("launchUrl").asText(), StandardCharsets.UTF_8));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(page -> !events().isEmpty());
        browser.get(listed + "/?launch=" + URLEncoder.encode(second.get("launchUrl").asText(), StandardCharsets.UTF_8));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(page -> !events().isEmpty());

        assertThat(events()).isEqualTo("ready:{\"status\":\"consent_required\"}");
        assertThat(status(platform, admin, second)).as("the second link opened its own interview, not the stored one")
                .isEqualTo("started");
        // The company's page reloaded mounts the same, now used, link: the frame resumes its interview.
        browser.navigate().refresh();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(page -> !events().isEmpty());
        assertThat(events()).isEqualTo("ready:{\"status\":\"consent_required\"}");
        browser.switchTo().frame(browser.findElement(By.tagName("iframe")));
        assertThat(browser.findElement(By.id("title")).getText()).startsWith("Embedded twice");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Your interview is open.");
    }

    /** A company that lists {@code origin} among the sites that may frame its interviews; its admin's token. */
    private static String embeddingCompany(LocalStack platform, String prefix, String origin) throws Exception {
        String admin = TestCompany.onboard(platform, prefix).adminToken(platform);
        assertThat(ApiCall.put(platform, "/v1/company/settings",
                "{\"analysisProvider\":\"builtin\",\"embedOrigins\":[\"" + origin + "\"]}").token(admin).send().status()).isEqualTo(200);
        return admin;
    }

    private static String template(LocalStack platform, String admin, String name) throws Exception {
        return ApiCall.post(platform, "/v1/templates", TemplatesIT.template(name, "en",
                TemplatesIT.firstQuestion(platform, admin, "type=technical&language=en"), 1)).token(admin).send().json()
                .get("id").asText();
    }

    private static String status(LocalStack platform, String admin, JsonNode assigned) throws Exception {
        return ApiCall.get(platform, "/v1/assignments/" + assigned.get("assignment").get("id").asText()).token(admin).send()
                .json().get("status").asText();
    }

    private String events() {
        return String.valueOf(((JavascriptExecutor) browser).executeScript("return (window.aivaEvents || []).join('|')"));
    }

    private static String origin(HttpServer server) {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** A company's page on an origin of its own: it mounts the launch URL it is given with the SDK as built. */
    private static HttpServer host() throws IOException {
        Path sdk = Path.of(System.getProperty("aiva.sdk.js")).toAbsolutePath().normalize().getParent();
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/sdk/", exchange -> {
            Path file = sdk.resolve(exchange.getRequestURI().getPath().substring("/sdk/".length())).normalize();
            if (!file.startsWith(sdk) || !Files.isRegularFile(file)) {
                answer(exchange, 404, "text/plain", "not found");
            } else {
                answer(exchange, 200, "text/javascript", Files.readString(file));
            }
        });
        server.createContext("/", exchange -> answer(exchange, 200, "text/html", """
                <!doctype html><html><head><title>Careers</title></head><body>
                <div id="interview" style="height: 600px"></div>
                <script type="module">
                  import { mount } from '/sdk/embed.js';
                  window.aivaEvents = [];
                  const launchUrl = new URLSearchParams(location.search).get('launch');
                  mount(document.getElementById('interview'), { launchUrl,
                    onEvent: (event) => window.aivaEvents.push(event.type + ':' + JSON.stringify(event.payload ?? {})) });
                </script></body></html>"""));
        server.start();
        return server;
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
