package io.veille.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code veille up} as users run it: the packaged launcher in its own process. It comes up, it stops
 * on SIGTERM leaving no server behind, it survives a {@code kill -9} of itself (the servers follow it
 * down), and the next {@code up} resumes on the same data dir. {@code up --demo --exit} indexes every
 * sample article and exits 0; the next {@code up --demo} resumes without a duplicate and picks up an
 * item added to a sample feed.
 */
class UpCommandIT {
    private static final Pattern KAFKA = Pattern.compile("Kafka\\s+(127\\.0\\.0\\.1:\\d+)");
    private static final Pattern UP = Pattern.compile("Up in ([0-9.]+) s");
    private static final Pattern DASHBOARD = Pattern.compile("^Dashboard: (http://127\\.0\\.0\\.1:\\d+/)$");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @Test
    void upSurvivesACrashOfItselfThenStopsCleanlyOnSigterm() throws Exception {
        Launcher first = Launcher.start("up", "--data-dir", dataDir.toString(), "--kafka-port", "0", "--es-port", "0", "--api-port", "0");
        first.awaitLine(UP.asPredicate(), Duration.ofSeconds(240));
        assertUpPrintsWhereTheServersListen(first);
        List<ProcessHandle> servers = first.descendants();
        assertThat(servers).as("Kafka and Elasticsearch run as children").hasSizeGreaterThanOrEqualTo(2);
        first.process.destroyForcibly(); // kill -9: no shutdown hook runs, yet the servers must follow it down
        first.process.waitFor(10, TimeUnit.SECONDS);
        awaitGone(servers, Duration.ofSeconds(30));

        Launcher second = Launcher.start("up", "--data-dir", dataDir.toString(), "--kafka-port", "0", "--es-port", "0", "--api-port", "0");
        second.awaitLine(UP.asPredicate(), Duration.ofSeconds(240)); // stale pid files, a data dir not closed cleanly, fresh ports
        List<ProcessHandle> secondServers = second.descendants();
        second.process.destroy(); // SIGTERM, as Ctrl-C or `kill` would
        assertThat(second.process.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
        awaitGone(secondServers, Duration.ofSeconds(5));
    }

    @Test
    void demoIndexesEverySampleArticleThenResumesWithoutDuplicatesAndPicksUpANewItem() throws Exception {
        Set<String> samples = sampleUrls();
        assertThat(samples).as("the samples hold 84 articles").hasSize(84);
        samples.addAll(AGENDA_URLS); // and the agenda of the day that up --demo writes next to them

        long started = System.nanoTime();
        Launcher first = Launcher.start("up", "--demo", "--exit", "--data-dir", dataDir.toString(),
                "--kafka-port", "0", "--es-port", "0", "--api-port", "0");
        assertThat(first.process.waitFor(300, TimeUnit.SECONDS)).as("up --demo --exit ends").isTrue();
        first.drained();
        System.out.printf("veille up --demo --exit: %.1f s%n", (System.nanoTime() - started) / 1e9);
        assertThat(first.process.exitValue()).as(String.join("\n", first.output)).isZero();
        assertThat(first.output).contains("88 articles indexed and searchable.", "Upcoming events and deadlines:")
                .anyMatch(l -> l.contains("articles 88 ingested → 88 enriched → 88 indexed"))
                .anyMatch(l -> l.contains("Lille") && l.startsWith("  " + LocalDate.now(ZoneOffset.UTC).plusDays(24)))
                .anyMatch(l -> DASHBOARD.matcher(l).matches());
        assertThat(first.descendants()).isEmpty();

        Launcher second = Launcher.start("up", "--demo", "--data-dir", dataDir.toString(),
                "--kafka-port", "0", "--es-port", "0", "--api-port", "0");
        try {
            String line = second.awaitLine(l -> DASHBOARD.matcher(l).matches(), Duration.ofSeconds(300));
            Matcher dashboard = DASHBOARD.matcher(line);
            assertThat(dashboard.matches()).isTrue();
            URI api = URI.create(dashboard.group(1));
            assertThat(second.output).as("the raw topic holds each sample once: nothing produced again")
                    .anyMatch(l -> l.contains("articles 88 ingested → 88 enriched → 88 indexed"));
            JsonNode all = search(api, "size=100");
            assertThat(all.get("total").asLong()).isEqualTo(88);
            Set<String> indexed = new TreeSet<>();
            all.get("hits").forEach(hit -> indexed.add(hit.get("url").asText()));
            assertThat(indexed).isEqualTo(samples);

            Path feed = dataDir.resolve("demo").resolve("feeds").resolve("agenda-devops.rss.xml");
            Files.writeString(feed, Files.readString(feed).replace("</channel>", """
                    <item>
                    <title>Meetup Kafka Streams à Nantes : inscriptions ouvertes</title>
                    <link>https://demo.veille.test/pages/agenda/meetup-kafka-streams-nantes.html</link>
                    <guid isPermaLink="false">agenda-meetup-kafka-streams-nantes</guid>
                    <pubDate>Sat, 28 Nov 2026 09:00:00 +0000</pubDate>
                    <description>Le prochain meetup consacré à Kafka Streams se tiendra à Nantes ; les inscriptions sont ouvertes.</description>
                    </item>
                    </channel>"""));
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    assertThat(search(api, "q=" + URLEncoder.encode("Nantes meetup", StandardCharsets.UTF_8)).get("hits"))
                            .anySatisfy(hit -> assertThat(hit.get("url").asText())
                                    .isEqualTo("https://demo.veille.test/pages/agenda/meetup-kafka-streams-nantes.html")));
            assertThat(search(api, "size=1").get("total").asLong()).isEqualTo(89);

            List<ProcessHandle> servers = second.descendants();
            second.process.destroy();
            assertThat(second.process.waitFor(60, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
            assertThat(second.process.exitValue()).isZero();
            awaitGone(servers, Duration.ofSeconds(5));
        } finally {
            second.process.destroyForcibly();
        }
    }

    private static JsonNode search(URI api, String query) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(api.resolve("/api/search?" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The articles of the {@link io.veille.app.up.DemoAgenda} feed. */
    private static final List<String> AGENDA_URLS = Stream.of("observability-summit-lille", "meetup-kubernetes-toulouse",
            "rencontres-logiciel-libre-nantes", "consultation-cloud-de-confiance")
            .map(slug -> "https://demo.veille.test/pages/a-venir/" + slug + ".html").toList();

    /** The sample articles' addresses, as the samples' own list gives them. */
    private static Set<String> sampleUrls() throws IOException {
        return Files.readAllLines(Path.of("..", "samples", "feeds", "expected-topics.tsv")).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> l.split("\t")[0]).collect(Collectors.toCollection(TreeSet::new));
    }

    private static void assertUpPrintsWhereTheServersListen(Launcher launcher) {
        String line = launcher.output.stream().filter(UP.asPredicate()).findFirst().orElseThrow();
        System.out.println("veille up: " + line); // the start-up time, for the record (no timed assertion)
        assertThat(launcher.output).anyMatch(l -> KAFKA.matcher(l).find()).anyMatch(l -> l.contains("Elasticsearch  http://127.0.0.1:"));
    }

    private static void awaitGone(List<ProcessHandle> processes, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (processes.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(processes.stream().filter(ProcessHandle::isAlive).map(p -> p.info().commandLine().orElse("?")))
                .as("no server left running").isEmpty();
    }

    /** The packaged launcher in a process of its own, its output (stdout and stderr) collected line by line. */
    private record Launcher(Process process, List<String> output, Thread reader) {
        static Launcher start(String... args) throws IOException {
            Path jar = Path.of("target", "veille.jar").toAbsolutePath();
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-jar", jar.toString()));
            command.addAll(List.of(args));
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
            });
            reader.setDaemon(true);
            reader.start();
            return new Launcher(process, output, reader);
        }

        /** The first line matching {@code wanted}; fails (and kills the process) after {@code timeout}. */
        String awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (String line : output) {
                    if (wanted.test(line)) {
                        return line;
                    }
                }
                if (!process.isAlive() && !reader.isAlive()) {
                    break;
                }
                Thread.sleep(200);
            }
            process.destroyForcibly();
            throw new AssertionError("veille did not print the expected line:\n" + String.join("\n", output));
        }

        /** Waits until all the output of an ended process is read. */
        void drained() throws InterruptedException {
            reader.join(10_000);
        }

        List<ProcessHandle> descendants() {
            return process.descendants().toList();
        }
    }
}
