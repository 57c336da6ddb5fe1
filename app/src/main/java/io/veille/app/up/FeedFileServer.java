package io.veille.app.up;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the feed files of one directory over HTTP on 127.0.0.1, as a small web server would: the
 * file named by the path, its content type, a strong {@code ETag} of its bytes, and {@code 304 Not
 * Modified} when the client already has them. Only files directly in the directory are served (no
 * sub-directories, no {@code ..}); anything else is {@code 404}. A file edited while the server runs
 * is served as it is now.
 */
public final class FeedFileServer implements AutoCloseable {
    private final Path dir;
    private final HttpServer server;
    private final ExecutorService executor;

    private FeedFileServer(Path dir, HttpServer server, ExecutorService executor) {
        this.dir = dir;
        this.server = server;
        this.executor = executor;
    }

    /** Starts serving {@code dir} on {@code preferredPort} if free, else on any free port (0: any). */
    public static FeedFileServer start(Path dir, int preferredPort) throws IOException {
        HttpServer server;
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        try {
            server = HttpServer.create(new InetSocketAddress(loopback, preferredPort), 16);
        } catch (BindException busy) {
            server = HttpServer.create(new InetSocketAddress(loopback, 0), 16);
        }
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "veille-demo-feeds");
            thread.setDaemon(true);
            return thread;
        });
        FeedFileServer files = new FeedFileServer(dir.toAbsolutePath().normalize(), server, executor);
        server.createContext("/", files::serve);
        server.setExecutor(executor);
        server.start();
        return files;
    }

    /** {@code http://127.0.0.1:PORT/}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Path file = resolve(exchange.getRequestURI().getPath());
            if (file == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String etag = etag(body);
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Content-Type", contentType(file.getFileName().toString()));
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            if (ifNoneMatch != null && ifNoneMatch.contains(etag)) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            if (method.equals("HEAD")) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The file a request path names, or null when it names nothing servable. */
    Path resolve(String requestPath) {
        if (requestPath == null || !requestPath.startsWith("/")) {
            return null;
        }
        String name = requestPath.substring(1);
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            return null;
        }
        Path file = dir.resolve(name).normalize();
        return file.getParent().equals(dir) && Files.isRegularFile(file) ? file : null;
    }

    /** A strong validator: the first 128 bits of the SHA-256 of the bytes, quoted. */
    static String etag(byte[] body) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + java.util.HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The content type of a feed file, from its name; XML without a charset (its prolog says it). */
    static String contentType(String name) {
        if (name.endsWith(".atom.xml")) {
            return "application/atom+xml";
        }
        if (name.endsWith(".rss.xml")) {
            return "application/rss+xml";
        }
        if (name.endsWith(".rdf")) {
            return "application/rdf+xml";
        }
        if (name.endsWith(".json")) {
            return "application/feed+json; charset=utf-8";
        }
        return "application/xml";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
