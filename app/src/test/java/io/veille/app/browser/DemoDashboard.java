package io.veille.app.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code veille up --demo} as a user runs it: the packaged launcher in its own process, on a fresh data dir, with an
 * {@code api.token} so that watches can be written. New articles arrive by appending items to a feed file of
 * {@code <data-dir>/demo/feeds/}, which the demo polls again every few seconds.
 */
public final class DemoDashboard implements AutoCloseable {
    public static final String TOKEN = "browser-test-token";
    private static final Pattern DASHBOARD = Pattern.compile("^Dashboard: (http://127\\.0\\.0\\.1:\\d+/)$");
    private final Process process;
    private final List<String> output;
    private final Path dataDir;
    private final URI url;

    private DemoDashboard(Process process, List<String> output, Path dataDir, URI url) {
        this.process = process;
        this.output = output;
        this.dataDir = dataDir;
        this.url = url;
    }

    /**
     * Starts the demo and returns once it printed its dashboard address (the samples are indexed by then). When the
     * launcher gives up before (its local servers have two minutes to come up, which a crowded machine can miss),
     * it is started once more on the same data dir, as a user would.
     */
    public static DemoDashboard start(Path work) throws IOException, InterruptedException {
        Path dataDir = work.resolve("data");
        Path config = work.resolve("veille.yaml");
        Files.writeString(config, "api:\n  token: " + TOKEN + "\n");
        try {
            return startOnce(dataDir, config);
        } catch (LauncherEnded e) {
            System.out.println("veille up --demo ended early; starting it again:\n" + e.getMessage());
            return startOnce(dataDir, config);
        }
    }

    /** The launcher ended without printing the dashboard's address. */
    private static final class LauncherEnded extends AssertionError {
        LauncherEnded(String message) {
            super(message);
        }
    }

    private static DemoDashboard startOnce(Path dataDir, Path config) throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-jar", Path.of("target", "veille.jar").toAbsolutePath().toString(), "up", "--demo",
                "--config", config.toString(), "--data-dir", dataDir.toString(),
                "--kafka-port", "0", "--es-port", "0", "--api-port", "0");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    output.add(line);
                }
            } catch (IOException e) {
                // the process went away
            }
        }, "veille-up-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            for (String line : output) {
                Matcher m = DASHBOARD.matcher(line);
                if (m.matches()) {
                    return new DemoDashboard(process, output, dataDir, URI.create(m.group(1)));
                }
            }
            Thread.sleep(250);
        }
        if (!process.isAlive()) {
            throw new LauncherEnded("veille up --demo ended (exit " + process.exitValue() + ") without a dashboard address:\n"
                    + String.join("\n", output));
        }
        process.destroyForcibly();
        throw new AssertionError("veille up --demo printed no dashboard address within 8 minutes:\n" + String.join("\n", output));
    }

    /** The dashboard's address, {@code http://127.0.0.1:PORT/}. */
    public String url() {
        return url.toString();
    }

    /** Appends RSS items to the demo's copy of an RSS 2.0 sample feed; the next poll brings them in. */
    public void appendItems(String feedFile, String items) throws IOException {
        Path feed = dataDir.resolve("demo").resolve("feeds").resolve(feedFile);
        String xml = Files.readString(feed, StandardCharsets.UTF_8);
        if (!xml.contains("</channel>")) {
            throw new IllegalStateException(feed + " is not an RSS 2.0 feed");
        }
        Files.writeString(feed, xml.replace("</channel>", items + "</channel>"), StandardCharsets.UTF_8);
    }

    /** GET on the API: the body of a 200 answer, else null (not answering yet counts as null). */
    public String get(String pathAndQuery) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url.resolve(pathAndQuery))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(url.resolve(path))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** What the launcher printed so far. */
    public List<String> output() {
        return new ArrayList<>(output);
    }

    /** SIGTERM (the demo stops its servers), then SIGKILL after a minute. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
