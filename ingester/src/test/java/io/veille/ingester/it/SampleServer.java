package io.veille.ingester.it;

import io.veille.ingester.fetch.TestFeedServer;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Serves {@code samples/feeds/*} from a real local HTTP server, with an ETag per body so a second
 * pass can answer 304, and lets a test change one feed's bytes.
 */
public final class SampleServer implements AutoCloseable {
    static final Path SAMPLES = Path.of("..", "samples", "feeds");

    private final TestFeedServer server;
    private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
    private final List<String> names = new ArrayList<>();
    public volatile boolean conditional = true;

    public SampleServer() throws IOException {
        server = new TestFeedServer();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.matches(".*\\.(xml|json|rdf)$")) {
                    continue;
                }
                names.add(name);
                bodies.put(name, Files.readAllBytes(file));
                String type = name.endsWith(".json") ? "application/feed+json" : "application/xml";
                server.on("/" + name, ex -> {
                    byte[] body = bodies.get(name);
                    String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
                    if (conditional && etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                        ex.sendResponseHeaders(304, -1);
                        return;
                    }
                    if (conditional) {
                        ex.getResponseHeaders().set("ETag", etag);
                    }
                    TestFeedServer.send(ex, 200, type, body);
                });
            }
        }
    }

    public List<URI> feedUrls() {
        return names.stream().map(n -> server.url("/" + n)).toList();
    }

    public void change(String name, UnaryOperator<String> edit) {
        bodies.compute(name, (k, v) -> edit.apply(new String(v, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    public int hits(String name) {
        return server.hits("/" + name);
    }

    @Override
    public void close() {
        server.close();
    }
}
