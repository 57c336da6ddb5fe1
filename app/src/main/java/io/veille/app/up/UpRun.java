package io.veille.app.up;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.veille.common.config.VeilleConfig;
import io.veille.common.kafka.VeilleTopics;
import io.veille.enricher.stream.EnricherConfig;
import io.veille.indexer.IndexerSettings;
import io.veille.indexer.index.ElasticsearchClients;
import io.veille.indexer.query.Results;
import io.veille.indexer.query.SearchParams;
import io.veille.ingester.registry.FeedRecord;
import io.veille.ingester.registry.KafkaClients;
import io.veille.ingester.state.FeedState;
import io.veille.localstack.LocalStack;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * One run of {@code veille up}: the local servers, the demo feeds when asked, the pipeline, the status
 * line and the summary, then an orderly stop. Returns the exit code.
 */
public final class UpRun implements Callable<Integer> {
    /** How often a demo feed is polled again, so that items added to its file arrive. */
    static final String DEMO_POLL_INTERVAL = "3s";
    /** How long {@code --exit} waits for the first pass before giving up. */
    static final Duration PASS_TIMEOUT = Duration.ofMinutes(10);
    static final int EVENTS_SHOWN = 5;

    private final VeilleConfig configuration;
    private final Options options;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param dataDir  where everything lives (absolute)
     * @param apiPort  preferred API port (0: any)
     */
    public record Options(Path dataDir, boolean demo, boolean exitAfterPass, boolean fresh, int kafkaPort, int esPort,
                          int apiPort) {
    }

    public UpRun(VeilleConfig configuration, Options options, PrintStream out, PrintStream err) {
        this.configuration = configuration;
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /**
     * The configuration with the demo's settings: loopback feeds, no politeness delay, a short poll interval,
     * and, when none is configured, a token for watch writes made up for this run (printed with the dashboard's
     * address, so that a demo user can create watches at once).
     */
    static VeilleConfig demoSettings(VeilleConfig config) {
        if (config.optional("api.token").map(String::isBlank).orElse(true)) {
            byte[] random = new byte[18];
            new java.security.SecureRandom().nextBytes(random);
            config = config.with("api.token", java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        }
        return config.with("ingester.http.allow-loopback", "true")
                .with("ingester.http.per-host-delay", "0s")
                .with("ingester.poll.min-interval", DEMO_POLL_INTERVAL)
                .with("ingester.poll.max-interval", DEMO_POLL_INTERVAL);
    }

    @Override
    public Integer call() throws Exception {
        Path dir = options.dataDir();
        if (options.fresh()) {
            LocalStack.deleteLocalData(dir);
            deleteTree(dir.resolve("streams"));
            deleteTree(dir.resolve("demo"));
        }
        Path logFile = dir.resolve("logs").resolve("veille.log");
        UpLogging.toFile(logFile);
        StopSignals signals = StopSignals.install();
        long started = System.nanoTime();
        out.println("Starting Kafka and Elasticsearch under " + dir + " …");
        out.flush();
        LocalStack stack = LocalStack.startLocal(dir, options.kafkaPort(), options.esPort(), false,
                new VeilleTopics(configuration.string("topics.prefix")), configuration.integer("topics.partitions"));
        try {
            out.printf("Kafka          %s%n", stack.kafka().bootstrapServers());
            out.printf("Elasticsearch  %s%n", stack.elasticsearch().url());
            out.printf("Up in %.1f s. Topics ready (prefix '%s'). Logs: %s%n",
                    (System.nanoTime() - started) / 1e9, stack.topics().prefix(), logFile);
            out.flush();
            VeilleConfig config = configuration
                    .with("kafka.bootstrap-servers", stack.kafka().bootstrapServers())
                    .with("elasticsearch.url", stack.elasticsearch().url())
                    .with("data-dir", dir.toString());
            if (options.demo()) {
                config = demoSettings(config);
            }
            return runPipeline(config, signals, started);
        } finally {
            stack.close();
        }
    }

    private int runPipeline(VeilleConfig config, StopSignals signals, long started) throws Exception {
        out.println("Starting the ingester, the enricher, the indexer and the API …");
        out.flush();
        PrintWriter errWriter = new PrintWriter(err, true);
        Path feedsDir = dir().resolve("demo").resolve("feeds");
        List<String> demoFeeds = options.demo() ? DemoFeeds.install(feedsDir, LocalDate.now(ZoneOffset.UTC)) : List.of();
        FeedFileServer feedServer = options.demo() ? FeedFileServer.start(feedsDir, 0) : null;
        Set<String> feedIds = new java.util.HashSet<>();
        Instant runStart = Instant.now();
        try (Pipeline pipeline = Pipeline.start(config, options.apiPort(), errWriter, ingester -> feedIds.addAll(register(ingester, feedServer, demoFeeds)))) {
            String dashboard = dashboardUrl(pipeline.api().url());
            out.printf("API            %s%n", pipeline.api().url());
            out.flush();
            IndexerSettings settings = IndexerSettings.from(config);
            ElasticsearchClient es = ElasticsearchClients.create(settings);
            try (PipelineProgress progress = new PipelineProgress(KafkaClients.common(config), settings.topics(),
                    EnricherConfig.streamsProperties(config, settings.topics()).getProperty(StreamsConfig.APPLICATION_ID_CONFIG),
                    settings.groupId(), pipeline.ingester().daemon(), feedIds,
                    () -> failedFeeds(pipeline, feedIds, runStart), es, settings.alias())) {
                return watch(config, pipeline, progress, signals, dashboard, started);
            } finally {
                ElasticsearchClients.close(es);
            }
        } finally {
            if (feedServer != null) {
                feedServer.close();
            }
        }
    }

    /** Registers the demo feeds at {@code server}, or reads the registry's enabled feeds; returns their ids. */
    private Set<String> register(io.veille.ingester.cli.IngesterService ingester, FeedFileServer server, List<String> demoFeeds) {
        if (server == null) {
            Set<String> ids = ingester.registry().all().stream().filter(FeedRecord::enabled)
                    .map(FeedRecord::id).collect(Collectors.toSet());
            out.printf("Feeds          %d in the registry (add some with: veille feeds add URL)%n", ids.size());
            return ids;
        }
        List<FeedRecord> feeds = DemoFeeds.records(demoFeeds, server.baseUri(), Instant.now());
        DemoRegistration.register(feeds, ingester.registry(), ingester.states());
        out.printf("Demo feeds     %s (%d feeds, from %s)%n", server.baseUri(), feeds.size(), dir().resolve("demo").resolve("feeds"));
        out.flush();
        return feeds.stream().map(FeedRecord::id).collect(Collectors.toSet());
    }

    private int watch(VeilleConfig config, Pipeline pipeline, PipelineProgress progress, StopSignals signals, String dashboard, long started)
            throws InterruptedException {
        StatusPrinter printer = new StatusPrinter(out, System.console() != null, Duration.ofSeconds(5));
        signals.graceful();
        long passStarted = System.nanoTime();
        boolean summarized = false;
        int failed = 0;
        while (!signals.await(1000)) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            Progress now = progress.sample(failed);
            if (!summarized && progress.firstPassDone()) {
                failed = progress.failedFeeds();
                progress.refreshIndex();
                now = progress.sample(failed);
                printer.finish(StatusLine.format(now, elapsed));
                summary(pipeline, dashboard).forEach(out::println);
                if (options.demo()) {
                    // the page reads the token from the fragment once and keeps it in the tab only
                    out.println("Editor link (creates watches): " + dashboard + "#token=" + config.string("api.token"));
                }
                out.flush();
                summarized = true;
                boolean enricherFailed = pipeline.enricher().app().state() == KafkaStreams.State.ERROR;
                if (options.exitAfterPass()) {
                    if (failed > 0) {
                        err.println("veille up: " + failed + " feed(s) failed; see " + dir().resolve("logs").resolve("veille.log"));
                    }
                    return failed > 0 || enricherFailed ? 1 : 0;
                }
                out.println("Running: new articles keep flowing in. Ctrl-C stops.");
                out.flush();
                continue;
            }
            printer.show(StatusLine.format(now, elapsed), System.nanoTime());
            if (options.exitAfterPass() && System.nanoTime() - passStarted > PASS_TIMEOUT.toNanos()) {
                printer.breakLine();
                err.println("veille up: the first pass did not complete within " + PASS_TIMEOUT.toMinutes()
                        + " min; see " + dir().resolve("logs").resolve("veille.log"));
                return 1;
            }
        }
        printer.breakLine();
        out.println("Stopping …");
        out.flush();
        return 0;
    }

    private List<String> summary(Pipeline pipeline, String dashboard) {
        try {
            var queries = pipeline.api().queries();
            Results.SearchPage page = queries.search(SearchParams.all().withSize(1));
            List<Results.Bucket> topics = page.facets() == null ? List.of() : page.facets().getOrDefault("topics", List.of());
            List<Results.UpcomingEvent> events = queries.upcomingEvents(Duration.ofDays(366), List.of(), null, 100);
            List<Results.UpcomingEvent> shown = events.subList(0, Math.min(EVENTS_SHOWN, events.size()));
            return Summary.lines(page.total(), topics, shown, events.size() - shown.size(), dashboard);
        } catch (RuntimeException e) {
            return List.of("(the summary could not be read from the index: " + e.getMessage() + ")", "Dashboard: " + dashboard);
        }
    }

    /** The feeds of the pass whose last poll, during this run, failed. */
    private static int failedFeeds(Pipeline pipeline, Set<String> feedIds, Instant runStart) {
        Map<String, FeedState> states = pipeline.ingester().states().loadAll();
        return (int) feedIds.stream().map(states::get)
                .filter(s -> s != null && s.consecutiveErrors() > 0 && s.lastErrorAt() != null && !s.lastErrorAt().isBefore(runStart))
                .count();
    }

    /** The API's address, with a wildcard host replaced by the loopback address a browser can open. */
    static String dashboardUrl(String apiUrl) {
        return apiUrl.replace("://0.0.0.0:", "://127.0.0.1:").replace("://[::]:", "://127.0.0.1:");
    }

    /** Deletes {@code dir} and everything under it; nothing when it does not exist. */
    static void deleteTree(Path dir) throws java.io.IOException {
        if (!java.nio.file.Files.exists(dir)) {
            return;
        }
        try (var paths = java.nio.file.Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(p);
            }
        }
    }

    private Path dir() {
        return options.dataDir();
    }
}
