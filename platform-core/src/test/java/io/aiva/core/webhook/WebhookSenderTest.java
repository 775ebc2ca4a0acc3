package io.aiva.core.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The sender connects where the delivery rule looked: the name of each endpoint here resolves only
 * through the test's resolver (".invalid" is never in DNS), so a request that arrives was sent to
 * the address that lookup gave, and an address refused by the rule is never connected to.
 */
class WebhookSenderTest {

    private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(new byte[24]);

    private static WireMockServer receiver;

    private final List<String> lookups = new ArrayList<>();
    private final Map<String, String> dns = new HashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private int timeoutSeconds = 5;
    private WebhookSender sender;

    @BeforeAll
    static void startReceiver() {
        receiver = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    @BeforeEach
    void answerEveryPost() {
        receiver.resetAll();
        receiver.stubFor(post(urlPathEqualTo("/hook")).willReturn(aResponse().withStatus(204)));
    }

    @AfterEach
    void stopSender() {
        if (sender != null) {
            sender.stop();
        }
        scheduler.shutdownNow();
    }

    private WebhookSender sender(boolean developmentMode) {
        sender = new WebhookSender();
        sender.timeoutSeconds = timeoutSeconds;
        sender.developmentMode = developmentMode;
        sender.scheduler = scheduler;
        sender.resolver = host -> {
            lookups.add(host);
            String address = dns.get(host);
            if (address == null) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByName(address)};
        };
        sender.start();
        return sender;
    }

    private static Message message() {
        return new Message(UUID.randomUUID().toString(), Message.TEST_TYPE, "{\"type\":\"webhook.test\"}");
    }

    @Test
    void connectsToTheAddressItsOwnLookupGave() {
        dns.put("receiver.aiva.invalid", "127.0.0.1");
        Message message = message();

        AttemptOutcome outcome = sender(true).send("http://receiver.aiva.invalid:" + receiver.port() + "/hook", List.of(SECRET), message);

        assertThat(outcome.statusCode()).hasValue(204);
        assertThat(lookups).containsExactly("receiver.aiva.invalid");
        receiver.verify(1, postRequestedFor(urlPathEqualTo("/hook"))
                .withHeader("webhook-id", equalTo(message.webhookId()))
                .withHeader("user-agent", equalTo(WebhookSender.USER_AGENT)));
    }

    @Test
    void neverConnectsToAnAddressTheRuleRefuses() {
        dns.put("rebound.aiva.invalid", "127.0.0.1");

        AttemptOutcome outcome = sender(false).send("https://rebound.aiva.invalid:" + receiver.port() + "/hook", List.of(SECRET), message());

        assertThat(outcome.statusCode()).isEmpty();
        assertThat(outcome.error()).hasValue("Not sent: the URL " + DeliveryTargets.NON_PUBLIC + ".");
        assertThat(lookups).containsExactly("rebound.aiva.invalid");
        receiver.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void refusesAnAddressWrittenInTheUrlWithoutConnecting() {
        dns.put("127.0.0.1", "127.0.0.1");

        AttemptOutcome outcome = sender(false).send("https://127.0.0.1:" + receiver.port() + "/hook", List.of(SECRET), message());

        assertThat(outcome.error()).hasValue("Not sent: the URL " + DeliveryTargets.NON_PUBLIC + ".");
        assertThat(lookups).containsExactly("127.0.0.1");
        receiver.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void saysWhenTheHostDoesNotResolve() {
        AttemptOutcome outcome = sender(false).send("https://nowhere.aiva.invalid/hook", List.of(SECRET), message());

        assertThat(outcome.error()).hasValue("Not sent: the URL's host does not resolve.");
    }

    @Test
    void keepsTheStartOfALongAnswer() {
        dns.put("receiver.aiva.invalid", "127.0.0.1");
        receiver.stubFor(any(urlPathEqualTo("/hook")).willReturn(aResponse().withStatus(500).withBody("é".repeat(100_000))));

        AttemptOutcome outcome = sender(true).send("http://receiver.aiva.invalid:" + receiver.port() + "/hook", List.of(SECRET), message());

        assertThat(outcome.statusCode()).hasValue(500);
        assertThat(outcome.responseBody()).hasValue("é".repeat(AttemptOutcome.KEPT_BODY_CHARACTERS));
    }

    @Test
    @Timeout(60)
    void readsTheStartOfAnAnswerThatNeverEndsAndLetsTheRestGo() throws Exception {
        try (RawEndpoint endless = new RawEndpoint(out -> {
            out.write(("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "x".repeat(1024).getBytes(StandardCharsets.US_ASCII);
            while (true) {
                out.write(("400\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        })) {
            dns.put("endless.aiva.invalid", "127.0.0.1");

            AttemptOutcome outcome = sender(true).send("http://endless.aiva.invalid:" + endless.port() + "/hook", List.of(SECRET), message());

            assertThat(outcome.statusCode()).hasValue(200);
            assertThat(outcome.responseBody()).hasValue("x".repeat(AttemptOutcome.KEPT_BODY_CHARACTERS));
        }
    }

    @Test
    @Timeout(60)
    void givesUpOnAnEndpointThatAnswersAByteAtATime() throws Exception {
        try (RawEndpoint dripping = new RawEndpoint(out -> {
            out.write("HTTP/1.1 200 OK\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            while (true) {
                out.write('x');
                out.flush();
                Thread.sleep(200);
            }
        })) {
            dns.put("dripping.aiva.invalid", "127.0.0.1");
            timeoutSeconds = 1;

            AttemptOutcome outcome = sender(true).send("http://dripping.aiva.invalid:" + dripping.port() + "/hook", List.of(SECRET), message());

            assertThat(outcome.statusCode()).isEmpty();
            assertThat(outcome.error()).hasValue("No answer within 1 s.");
        }
    }

    /** An endpoint that reads the request's head and answers with whatever {@code answer} writes, until the client goes. */
    private static final class RawEndpoint implements AutoCloseable {

        interface Answer {
            void write(OutputStream out) throws Exception;
        }

        private final ServerSocket socket;
        private final Thread thread;

        RawEndpoint(Answer answer) throws IOException {
            socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> {
                try (Socket connection = socket.accept()) {
                    BufferedReader head = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII));
                    while (!head.readLine().isEmpty()) {
                        continue;
                    }
                    answer.write(connection.getOutputStream());
                } catch (Exception clientGone) {
                    // The sender dropped the connection: what the tests expect it to do.
                }
            });
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws Exception {
            socket.close();
            thread.join();
        }
    }
}
