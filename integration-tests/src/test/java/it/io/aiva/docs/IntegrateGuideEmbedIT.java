package it.io.aiva.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.aiva.localstack.LocalStack;
import io.aiva.sdk.client.AivaClient;
import io.aiva.sdk.model.AssignmentLaunch;
import io.aiva.sdk.model.AssignmentStatus;
import io.aiva.sdk.model.Candidate;
import it.io.aiva.docs.JavaQuickstart.Applicant;
import it.io.aiva.platform.Platform;

/**
 * The embedding part of docs/integrate.md in a real headless Chromium: the guide's careers pages
 * (src/test/js/careers-page*.html) served as they are from a company's own origin, which the company lists
 * in its embed origins, with the SDK's embed module and the launch URL the company's backend hands them.
 */
@ExtendWith(Platform.class)
class IntegrateGuideEmbedIT {

    private static final Duration BROWSER_WAIT = Duration.ofSeconds(60);
    private static final String READY = "Your interview is ready.";

    private static GuideCompany company;
    private static AivaClient aiva;
    private static UUID template;

    private static final AtomicReference<String> LAUNCH_URL = new AtomicReference<>();
    private static HttpServer careersSite;

    private ChromeDriver browser;

    @BeforeAll
    static void integration(LocalStack platform) throws Exception {
        careersSite = careersSite();
        company = GuideCompany.onboard(platform, "guide-embed");
        company.allowEmbeddingOn(platform, origin());
        aiva = JavaQuickstart.connect(company.config(platform));
        template = company.createTemplate(aiva, GuideCompany.TEMPLATE_NAME);
    }

    @AfterAll
    static void stopCareersSite() {
        careersSite.stop(0);
    }

    @BeforeEach
    void startBrowser() {
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver")
                .toFile()).build(), options);
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void theMountedInterviewOpensInTheCareersPageAndTellsItItIsReady() throws Exception {
        AssignmentLaunch launch = assigned();
        LAUNCH_URL.set(launch.getLaunchUrl().toString());

        browser.get(origin() + "/careers/interview");

        new WebDriverWait(browser, BROWSER_WAIT).withMessage(() -> "the careers page says: " + status())
                .until(page -> READY.equals(status()));
        assertThat(aiva.assignments().getAssignment(launch.getAssignment().getId()).getStatus())
                .as("the interview opened in the frame").isEqualTo(AssignmentStatus.STARTED);
        assertThat(browser.findElement(By.cssSelector("#interview iframe")).getAttribute("src"))
                .contains("hostOrigin=" + origin().replace(":", "%3A").replace("/", "%2F"));
    }

    @Test
    void theInterviewElementTellsTheCareersPageWhyAUsedLinkDoesNotOpen(LocalStack platform) throws Exception {
        String used = assigned().getLaunchUrl().toString();
        CandidateSession.open(platform, used);
        LAUNCH_URL.set(used);
        String detail = CandidateSession.openingAgain(platform, used).get("detail").asText();

        browser.get(origin() + "/careers/interview-element");

        new WebDriverWait(browser, BROWSER_WAIT).withMessage(() -> "the careers page says: " + status())
                .until(page -> detail.equals(status()));
        assertThat(browser.findElements(By.tagName("aiva-interview"))).as("the fatal error took the frame away").isEmpty();
    }

    private static AssignmentLaunch assigned() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Candidate candidate = JavaQuickstart.candidateFor(aiva, new Applicant("ats-" + id, "application-" + id, "Katherine",
                "Johnson", "katherine-" + id + "@example.com"));
        return JavaQuickstart.assign(aiva, candidate.getId(), template, "application-" + id);
    }

    private String status() {
        return browser.findElement(By.id("interview-status")).getText();
    }

    private static String origin() {
        return "http://localhost:" + careersSite.getAddress().getPort();
    }

    /**
     * The company's careers site: the guide's pages as they are, the SDK's compiled package where the pages' import
     * map expects it, and the backend call that hands a page its launch URL.
     */
    private static HttpServer careersSite() throws IOException {
        Path dist = NodeProject.sdkJs().resolve("target/dist");
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/careers/interview", exchange -> answer(exchange, "text/html",
                Files.readString(NodeProject.scripts().resolve("careers-page.html"))));
        server.createContext("/careers/interview-element", exchange -> answer(exchange, "text/html",
                Files.readString(NodeProject.scripts().resolve("careers-page-element.html"))));
        server.createContext("/careers/interview-link", exchange -> answer(exchange, "application/json",
                new ObjectMapper().createObjectNode().put("launchUrl", LAUNCH_URL.get()).toString()));
        server.createContext("/assets/aiva-sdk/", exchange -> {
            Path file = dist.resolve(exchange.getRequestURI().getPath().substring("/assets/aiva-sdk/".length())).normalize();
            if (!file.startsWith(dist) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            } else {
                answer(exchange, "text/javascript", Files.readString(file));
            }
        });
        server.start();
        return server;
    }

    private static void answer(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
