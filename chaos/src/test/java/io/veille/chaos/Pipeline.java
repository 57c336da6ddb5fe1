package io.veille.chaos;

import io.veille.common.kafka.TopicBootstrap;
import io.veille.common.kafka.VeilleTopics;
import io.veille.localstack.LocalStack;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One scenario's Veille: its own topic prefix ({@code chaos-<scenario>.}), alias, consumer groups and
 * state dirs on the shared local stack, its feeds on the {@link FeedFarm}, and the services as child
 * processes started and stopped at will. It also reads the pipeline's progress at each stage: records
 * on the raw and enriched topics, documents in the index.
 */
final class Pipeline implements AutoCloseable {
    private static final int PARTITIONS = 3;

    final StreamPlan plan;
    final FeedFarm.Publication publication;
    final IndexProbe index;
    private final LocalStack stack;
    private final Path dir;
    private final String classPath;
    private final VeilleTopics topics;
    private final Path feedsFile;
    private final List<ServiceProcess> processes = new ArrayList<>();
    private final Map<String, Integer> instances = new HashMap<>();
    private final Admin admin;
    private Timeline timeline;

    Pipeline(LocalStack stack, FeedFarm farm, StreamPlan plan, Path workRoot, String classPath, List<String> extraFeeds) throws IOException {
        this.stack = stack;
        this.plan = plan;
        this.classPath = classPath;
        this.dir = Files.createDirectories(workRoot.resolve(plan.scenario()));
        this.topics = new VeilleTopics("chaos-" + plan.scenario() + ".");
        this.publication = farm.publish(plan);
        this.index = new IndexProbe(stack.elasticsearch().url(), alias());
        StringBuilder feeds = new StringBuilder("feeds:\n");
        for (int f = 0; f < plan.feeds(); f++) {
            feeds.append("  - url: ").append(farm.feedUrl(plan, f)).append('\n');
        }
        extraFeeds.forEach(url -> feeds.append("  - url: ").append(url).append('\n'));
        this.feedsFile = Files.writeString(dir.resolve("feeds.yaml"), feeds.toString());
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000));
        new TopicBootstrap(admin, (short) -1).createMissing(topics.specs(PARTITIONS));
        this.timeline = new Timeline(this);
    }

    /** Notes an event in the scenario's {@code timeline.tsv}. */
    void event(String what) {
        timeline.event(what);
    }

    LocalStack stack() {
        return stack;
    }

    String alias() {
        return "chaos-" + plan.scenario();
    }

    Path dir() {
        return dir;
    }

    ServiceProcess startIngester() {
        return start("ingester", "ingest", "--feeds", feedsFile.toString());
    }

    ServiceProcess startEnricher() {
        return start("enricher", "enrich");
    }

    ServiceProcess startIndexer() {
        return start("indexer", "index");
    }

    /** Starts one instance of each service. */
    void startAll() {
        startIngester();
        startEnricher();
        startIndexer();
    }

    private ServiceProcess start(String service, String... command) {
        int n = instances.merge(service, 1, Integer::sum);
        String name = service + "-" + n;
        Path config = writeConfig(name);
        ServiceProcess process = ServiceProcess.start(name, classPath, dir, config, command);
        processes.add(process);
        event("started " + name);
        return process;
    }

    /** The YAML each instance runs with: this scenario's names, tight timings, loopback feeds allowed. */
    private Path writeConfig(String name) {
        String yaml = """
                data-dir: %s
                topics:
                  prefix: %s
                  partitions: %d
                kafka:
                  bootstrap-servers: %s
                  client:
                    session.timeout.ms: "10000"
                    heartbeat.interval.ms: "2000"
                elasticsearch:
                  url: %s
                  alias: %s
                ingester:
                  group-id: chaos-%s-ingester
                  threads: 8
                  http:
                    connect-timeout: 2s
                    timeout: 5s
                    per-host-concurrency: 8
                    per-host-delay: 0s
                    allow-loopback: true
                  poll:
                    min-interval: 1s
                    max-interval: 2s
                    jitter: 0
                enricher:
                  application-id: chaos-%s-enricher
                  state-dir: %s
                indexer:
                  group-id: chaos-%s-indexer
                  retry:
                    initial-backoff: 200ms
                    max-backoff: 2s
                """.formatted(dir.resolve("data-" + name), topics.prefix(), PARTITIONS, stack.kafka().bootstrapServers(),
                stack.elasticsearch().url(), alias(), plan.scenario(), plan.scenario(), dir.resolve("streams-" + name),
                plan.scenario());
        try {
            return Files.writeString(dir.resolve(name + ".yaml"), yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records on the raw-article topic (the ingester's output). */
    long rawRecords() {
        return endOffsets(topics.articlesRaw());
    }

    /** Records and transaction markers on the enriched topic (grows only when the enricher commits). */
    long enrichedRecords() {
        return endOffsets(topics.articlesEnriched());
    }

    /** Documents in the index, or -1 while Elasticsearch does not answer. */
    long indexed() {
        try {
            return index.count();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private long endOffsets(String topic) {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (int p = 0; p < PARTITIONS; p++) {
            request.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        try {
            return admin.listOffsets(request).all().get(20, TimeUnit.SECONDS).values().stream()
                    .mapToLong(info -> info.offset()).sum();
        } catch (Exception e) {
            return -1; // the broker is away
        }
    }

    /** The oldest running instance of the ingester. */
    ServiceProcess ingester() {
        return oldest("ingester-");
    }

    /** The oldest running instance of the enricher. */
    ServiceProcess enricher() {
        return oldest("enricher-");
    }

    /** The oldest running instance of the indexer. */
    ServiceProcess indexer() {
        return oldest("indexer-");
    }

    private ServiceProcess oldest(String prefix) {
        return processes.stream().filter(p -> p.name().startsWith(prefix) && p.isAlive()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + "* instance is running"));
    }

    /** Every service process started so far that is still running. */
    List<ServiceProcess> alive() {
        return processes.stream().filter(ServiceProcess::isAlive).toList();
    }

    /** Processes that exited on their own (neither stopped nor killed by the scenario). */
    List<ServiceProcess> died() {
        return processes.stream().filter(ServiceProcess::died).toList();
    }

    @Override
    public void close() throws InterruptedException {
        timeline.close();
        for (ServiceProcess p : processes) {
            if (p.isAlive()) {
                p.stop();
            }
        }
        admin.close();
    }
}
