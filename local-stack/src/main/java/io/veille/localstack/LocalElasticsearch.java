package io.veille.localstack;

import io.veille.common.event.ArticleIds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real single-node Elasticsearch server from the Maven-resolved distribution, security off,
 * listening on loopback, with a 512 MB heap.
 *
 * <p>It runs from a shared unpacked copy of the distribution, with its own configuration, data, logs
 * and temporary dirs under a work dir. As root it runs as {@code nobody}: the work dir is handed over
 * to that user, and moved under the system temporary dir when {@code nobody} could not reach it
 * (a clone under {@code /root}). {@link #stop()} and {@link #start()} restart it on the same port and
 * data, for fault tests.
 */
public final class LocalElasticsearch implements ElasticsearchServer {
    /** How long to wait for the server; {@code -Dveille.elasticsearch.ready-timeout-seconds} lengthens it on a loaded machine. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("veille.elasticsearch.ready-timeout-seconds", 120));
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Path workDir;
    private final int port;
    private final int transportPort;
    private final boolean deleteOnClose;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private ChildProcess process;

    /**
     * @param workDir       holds config, data, logs (relocated under the temp dir when root cannot hand it over)
     * @param preferredPort the HTTP port when free (0: any free port)
     * @param deleteOnClose whether {@link #close()} deletes the work dir (tests) or keeps it (veille up)
     */
    public LocalElasticsearch(Path workDir, int preferredPort, boolean deleteOnClose) {
        this.workDir = effectiveWorkDir(workDir);
        this.port = FreePorts.preferring(preferredPort);
        int transport = FreePorts.any();
        while (transport == port) {
            transport = FreePorts.any();
        }
        this.transportPort = transport;
        this.deleteOnClose = deleteOnClose;
    }

    /**
     * Where an instance asked to live in {@code workDir} really keeps its files: there, or — when root
     * runs it as {@code nobody} and that user cannot reach {@code workDir} — a dir under the system
     * temporary dir named after it, the same at every run.
     */
    static Path effectiveWorkDir(Path workDir) {
        Path dir = workDir.toAbsolutePath().normalize();
        return Unprivileged.reachable(dir) ? dir
                : Path.of(System.getProperty("java.io.tmpdir"), "veille-es-" + ArticleIds.sha256Hex(dir.toString()).substring(0, 12));
    }

    /** The base URL, e.g. {@code http://127.0.0.1:9200}. */
    @Override
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path workDir() {
        return workDir;
    }

    public Path logFile() {
        return workDir.resolve("elasticsearch.out");
    }

    /** Starts the server and waits until the cluster health is green. */
    @Override
    public synchronized LocalElasticsearch start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        Path home = ElasticsearchDistribution.home();
        try {
            Files.createDirectories(workDir);
            Unprivileged.makeTraversable(workDir);
            stopStale();
            prepareConfig(home);
            for (String dir : List.of("data", "logs", "tmp")) {
                Files.createDirectories(workDir.resolve(dir));
            }
            Files.deleteIfExists(logFile());
            Files.createFile(logFile());
            Unprivileged.handOver(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare Elasticsearch in " + workDir, e);
        }
        process = ChildProcess.start("Elasticsearch", command(home), environment(), workDir, logFile(),
                workDir.resolve("launcher.pid"));
        awaitGreen();
        return this;
    }

    /** Stops the server cleanly; data stays for the next {@link #start()}. */
    @Override
    public synchronized void stop() {
        if (process != null) {
            process.stop(STOP_GRACE);
            process = null;
        }
        stopStale();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        stop();
        if (deleteOnClose) {
            LocalStackFiles.deleteTree(workDir);
        }
    }

    /**
     * Runs the server's launcher in the background and keeps the shell on our lifeline (fd 3): when
     * that pipe closes — we stop it, or this JVM dies — the shell sends the server SIGTERM.
     */
    private List<String> command(Path home) {
        String script = String.join("\n",
                "exec 3<&0",
                "\"$VEILLE_ES_HOME/bin/elasticsearch\" -p \"$VEILLE_ES_PID\" " + String.join(" ", settings()) + " </dev/null &",
                "es=$!",
                "( cat <&3 >/dev/null; kill -TERM $(cat \"$VEILLE_ES_PID\" 2>/dev/null) $es 2>/dev/null ) &",
                "wait $es");
        List<String> command = new ArrayList<>(Unprivileged.commandPrefix());
        command.addAll(List.of("bash", "-c", script));
        return command;
    }

    private List<String> settings() {
        // x-pack-security ships in this distribution: turn it off, as the single-node demo of Elastic does
        Map<String, String> settings = Map.of(
                "xpack.security.enabled", "false",
                "cluster.name", "veille-local",
                "node.name", "veille-local",
                "discovery.type", "single-node",
                "network.host", "127.0.0.1",
                "http.port", Integer.toString(port),
                "transport.port", Integer.toString(transportPort),
                "path.data", workDir.resolve("data").toString(),
                "path.logs", workDir.resolve("logs").toString());
        return settings.entrySet().stream().map(e -> "-E" + e.getKey() + "=" + e.getValue()).sorted().toList();
    }

    private Map<String, String> environment() {
        return Map.of(
                "ES_JAVA_HOME", System.getProperty("java.home"),
                "ES_PATH_CONF", workDir.resolve("config").toString(),
                "ES_TMPDIR", workDir.resolve("tmp").toString(),
                "ES_JAVA_OPTS", "-Xms512m -Xmx512m",
                "HOME", workDir.toString(),
                "VEILLE_ES_HOME", ElasticsearchDistribution.home().toString(),
                "VEILLE_ES_PID", workDir.resolve("elasticsearch.pid").toString());
    }

    /** A private copy of the distribution's config dir, with its relative log paths made absolute. */
    private void prepareConfig(Path home) throws IOException {
        Path config = workDir.resolve("config");
        if (Files.exists(config.resolve("jvm.options"))) {
            return;
        }
        Files.createDirectories(config);
        try (Stream<Path> files = Files.walk(home.resolve("config"))) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = config.resolve(home.resolve("config").relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Path jvmOptions = config.resolve("jvm.options");
        String logs = workDir.resolve("logs").toString();
        String options = Files.readString(jvmOptions, StandardCharsets.UTF_8)
                .replace("file=logs/", "file=" + logs + "/")
                .replace("-XX:HeapDumpPath=data", "-XX:HeapDumpPath=" + logs)
                .replace("-XX:ErrorFile=logs/", "-XX:ErrorFile=" + logs + "/");
        Files.writeString(jvmOptions, options, StandardCharsets.UTF_8);
    }

    private void stopStale() {
        StaleProcesses.killIfRunning(workDir.resolve("elasticsearch.pid"), workDir.toString(), STOP_GRACE);
        StaleProcesses.killIfRunning(workDir.resolve("launcher.pid"), "VEILLE_ES", Duration.ofSeconds(5));
    }

    private void awaitGreen() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/_cluster/health?wait_for_status=green&timeout=2s"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new LocalServerException("Elasticsearch exited while starting; last lines of " + logFile()
                        + ":\n" + process.tail(40));
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"status\":\"green\"")) {
                    return;
                }
            } catch (IOException notYet) {
                LocalKafka.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LocalServerException("Interrupted while waiting for Elasticsearch");
            }
        }
        String tail = process.tail(40);
        stop();
        throw new LocalServerException("Elasticsearch was not green within " + READY_TIMEOUT.toSeconds()
                + " s; last lines of " + logFile() + ":\n" + tail);
    }
}
