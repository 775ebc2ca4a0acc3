package it.io.aiva.docs;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import io.aiva.sdk.client.webhook.WebhookEvent;
import io.aiva.sdk.client.webhook.WebhookVerificationException;
import io.aiva.sdk.client.webhook.Webhooks;

/**
 * The webhook receiver of docs/integrate.md, on the JDK's own HTTP server so the guide needs no framework:
 * {@link IntegrateGuideJavaIT} registers it with the platform and checks what it lets through. The guide
 * quotes the regions; keep them free of test code.
 */
// docs:start java-webhook-receiver
final class WebhookReceiver implements HttpHandler {

    private final String secret;
    private final Consumer<WebhookEvent> onEvent;
    private final Set<String> handled = ConcurrentHashMap.newKeySet(); // keep these in your database

    WebhookReceiver(String secret, Consumer<WebhookEvent> onEvent) {
        this.secret = secret;
        this.onEvent = onEvent;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        // The bytes as received: the signature covers them, and parsing first would change them.
        byte[] body = exchange.getRequestBody().readAllBytes();
        WebhookEvent event;
        try {
            event = Webhooks.verify(secret, exchange.getRequestHeaders(), body);
        } catch (WebhookVerificationException notFromAiva) { // forged, altered, or older than five minutes
            answer(exchange, 400);
            return;
        }
        if (!handled.contains(event.id())) { // a retry or a replay carries the same webhook-id
            try {
                onEvent.accept(event);
            } catch (RuntimeException failed) { // AIVA tries again later: your side may work by then
                answer(exchange, 500);
                return;
            }
            handled.add(event.id());
        }
        answer(exchange, 204);
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    /** Your endpoint, {@code /hooks/aiva} on {@code port}; register its public {@code https} URL with AIVA. */
    static HttpServer serve(int port, String secret, Consumer<WebhookEvent> onEvent) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/hooks/aiva", new WebhookReceiver(secret, onEvent));
        server.start();
        return server;
    }
}
// docs:end java-webhook-receiver
