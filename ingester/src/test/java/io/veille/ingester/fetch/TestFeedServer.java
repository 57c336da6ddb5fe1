package io.veille.ingester.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on 127.0.0.1 (JDK's HttpServer, real sockets) with one handler per path. */
public final class TestFeedServer implements AutoCloseable {
    /** Handles one request. */
    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<Map<String, List<String>>> requestHeaders = new CopyOnWriteArrayList<>();

    public TestFeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(executor);
        server.start();
    }

    public TestFeedServer on(String path, Handler handler) {
        server.createContext(path, exchange -> {
            hits.computeIfAbsent(exchange.getRequestURI().getPath(), k -> new AtomicInteger()).incrementAndGet();
            requestHeaders.add(Map.copyOf(exchange.getRequestHeaders()));
            try {
                handler.handle(exchange);
            } catch (IOException | RuntimeException e) {
                // the client went away (timeout, cap): nothing to answer
            } finally {
                exchange.close();
            }
        });
        return this;
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    public List<Map<String, List<String>>> requestHeaders() {
        return requestHeaders;
    }

    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(status, -1);
    }

    /** A small RSS 2.0 feed whose items are {@code link|title|description} triples. */
    public static byte[] rss(String title, String... items) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>")
                .append(title).append("</title><link>https://site.example/</link><language>fr</language>\n");
        int day = 1;
        for (String item : items) {
            String[] p = item.split("\\|", 3);
            sb.append("<item><title>").append(p[1]).append("</title><link>").append(p[0]).append("</link><guid>").append(p[0])
                    .append("</guid><pubDate>Mon, ").append(String.format("%02d", day)).append(" Feb 2026 09:00:00 +0000</pubDate><description>")
                    .append(p[2]).append("</description></item>\n");
            day = day % 27 + 1;
        }
        return sb.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
