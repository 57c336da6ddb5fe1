package io.veille.app.browser;

import com.sun.net.httpserver.HttpServer;
import io.veille.localstack.LocalStack;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The whole pipeline as users run it, around a local stack: a feed server (the repository's sample feeds plus the
 * test's own), and the packaged launcher's {@code enrich}, {@code index} and {@code serve} as separate processes;
 * {@link #ingestOnce()} runs {@code veille ingest --once}. Logs go to {@code <work>/logs/}.
 */
public final class LivePipeline implements AutoCloseable {
    public static final String TOKEN = "browser-test-token";
    private final Path work;
    private final Path feeds;
    private final Path config;
    private final HttpServer feedServer;
    private final List<Process> services = new ArrayList<>();
    private final int apiPort;

    private LivePipeline(Path work, Path feeds, Path config, HttpServer feedServer, int apiPort) {
        this.work = work;
        this.feeds = feeds;
        this.config = config;
        this.feedServer = feedServer;
        this.apiPort = apiPort;
    }

    /** Serves the sample feeds (and any written later), writes the configuration, starts the three services. */
    public static LivePipeline start(LocalStack stack, Path work) throws IOException {
        Path feeds = Files.createDirectories(work.resolve("feeds"));
        Path samples = Path.of("..", "samples", "feeds");
        try (Stream<Path> files = Files.list(samples)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches(".*\\.(xml|json|rdf)")).toList()) {
                Files.copy(file, feeds.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/", exchange -> {
            Path file = feeds.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(feeds) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                byte[] body = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                exchange.getResponseHeaders().set("Content-Type", name.endsWith(".json") ? "application/feed+json"
                        : name.endsWith(".atom.xml") ? "application/atom+xml" : "application/rss+xml");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        int apiPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            apiPort = socket.getLocalPort();
        }
        Path config = work.resolve("veille.yaml");
        Files.writeString(config, String.join("\n",
                "data-dir: " + work.resolve("data"),
                "kafka:",
                "  bootstrap-servers: " + stack.kafka().bootstrapServers(),
                "elasticsearch:",
                "  url: " + stack.elasticsearch().url(),
                "api:",
                "  port: " + apiPort,
                "  token: " + TOKEN,
                "ingester:",
                "  http:",
                "    allow-loopback: true",
                "    per-host-delay: 0s",
                ""));
        Files.createDirectories(work.resolve("logs"));
        LivePipeline pipeline = new LivePipeline(work, feeds, config, server, apiPort);
        pipeline.writeFeedList();
        for (String service : List.of("enrich", "index", "serve")) {
            pipeline.services.add(pipeline.launcher(service, List.of()).start());
        }
        return pipeline;
    }

    /** The dashboard's address. */
    public String url() {
        return "http://127.0.0.1:" + apiPort + "/";
    }

    /** Writes (or replaces) a feed file that the feed server then serves, and registers it with the next ingest. */
    public void writeFeed(String name, String xml) throws IOException {
        Files.writeString(feeds.resolve(name), xml, StandardCharsets.UTF_8);
        writeFeedList();
    }

    /** {@code veille ingest --once}: every feed polled once; fails when the command does. */
    public void ingestOnce() throws IOException, InterruptedException {
        Process ingest = launcher("ingest", List.of("--once", "--allow-loopback", "--feeds", work.resolve("feeds.yaml").toString()))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("logs/ingest.log").toFile()))
                .start();
        if (!ingest.waitFor(5, TimeUnit.MINUTES)) {
            ingest.destroyForcibly();
            throw new AssertionError("veille ingest --once did not finish within 5 minutes");
        }
        if (ingest.exitValue() != 0) {
            throw new AssertionError("veille ingest --once exited " + ingest.exitValue() + "; see " + work.resolve("logs"));
        }
    }

    /** GET on the API; the body, or null when the API does not answer yet. */
    public String get(String pathAndQuery) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url() + pathAndQuery.substring(1)))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** POST of a JSON body with the token; the status code. */
    public int post(String path, String json) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url() + path.substring(1)))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void writeFeedList() throws IOException {
        StringBuilder yaml = new StringBuilder("feeds:\n");
        try (Stream<Path> files = Files.list(feeds)) {
            for (Path file : files.sorted().toList()) {
                yaml.append("  - url: http://127.0.0.1:").append(feedServer.getAddress().getPort()).append('/')
                        .append(file.getFileName()).append('\n');
            }
        }
        Files.writeString(work.resolve("feeds.yaml"), yaml.toString());
    }

    private ProcessBuilder launcher(String command, List<String> arguments) {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", Path.of("target", "veille.jar").toAbsolutePath().toString(), command,
                "--config", config.toString()));
        line.addAll(arguments);
        return new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("logs/" + command + ".log").toFile()));
    }

    /** Stops the services (SIGTERM, then SIGKILL after 20 s) and the feed server. */
    @Override
    public void close() {
        for (Process service : services) {
            service.destroy();
        }
        for (Process service : services) {
            try {
                if (!service.waitFor(20, TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            } catch (InterruptedException e) {
                service.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        feedServer.stop(0);
    }

    /** The end of a service's log, for failure messages. */
    public String log(String service) {
        try (InputStream in = Files.newInputStream(work.resolve("logs/" + service + ".log"))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
