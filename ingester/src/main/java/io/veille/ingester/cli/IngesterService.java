package io.veille.ingester.cli;

import io.veille.common.config.VeilleConfig;
import io.veille.ingester.produce.FeedPoller;
import io.veille.ingester.produce.KafkaArticleSink;
import io.veille.ingester.registry.KafkaFeedRegistry;
import io.veille.ingester.schedule.IngestDaemon;
import io.veille.ingester.schedule.IngesterSetup;
import io.veille.ingester.state.KafkaFeedStateStore;

import java.time.Clock;

/**
 * The ingester daemon with its Kafka clients, wired from the configuration: what {@code veille ingest}
 * runs in the foreground and {@code veille up} runs beside the other services. Creates the missing
 * topics. {@link #close()} stops the daemon, waits for its polls, and closes the clients.
 */
public final class IngesterService implements AutoCloseable {
    private final KafkaFeedRegistry registry;
    private final KafkaFeedStateStore states;
    private final KafkaArticleSink sink;
    private final FeedPoller poller;
    private final String groupId;
    private final int threads;
    private final java.util.function.Supplier<IngestDaemon> newDaemon;
    private IngestDaemon daemon;

    public IngesterService(VeilleConfig config) {
        KafkaContext kafka = new KafkaContext(config).ensureTopics();
        Clock clock = Clock.systemUTC();
        this.registry = new KafkaFeedRegistry(kafka.clientProps, kafka.topics.feeds());
        this.states = new KafkaFeedStateStore(kafka.clientProps, kafka.topics.feedState());
        this.sink = new KafkaArticleSink(kafka.clientProps, kafka.topics.articlesRaw());
        this.poller = IngesterSetup.poller(config, sink, states, clock);
        this.groupId = IngesterSetup.groupId(config);
        this.threads = IngesterSetup.threads(config);
        this.newDaemon = () -> new IngestDaemon(kafka.clientProps, groupId, kafka.topics.feeds(), states, registry, poller,
                threads, clock);
    }

    /** The feed registry (add feeds before or while the daemon runs). */
    public KafkaFeedRegistry registry() {
        return registry;
    }

    /** The feeds' states. */
    public KafkaFeedStateStore states() {
        return states;
    }

    /** The poller the daemon uses (a one-off pass can use it too). */
    public FeedPoller poller() {
        return poller;
    }

    /** Feeds polled at once ({@code ingester.threads}). */
    public int threads() {
        return threads;
    }

    /** The daemon, created on first call (a {@code --once} run never creates it). */
    public synchronized IngestDaemon daemon() {
        if (daemon == null) {
            daemon = newDaemon.get();
        }
        return daemon;
    }

    public String groupId() {
        return groupId;
    }

    /** Runs the daemon on a thread of its own; returns at once. */
    public Thread startInBackground() {
        Thread thread = new Thread(daemon(), "veille-ingester");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void close() throws InterruptedException {
        try {
            IngestDaemon started;
            synchronized (this) {
                started = daemon;
            }
            if (started != null) {
                started.close();
            }
        } finally {
            sink.close();
            states.close();
            registry.close();
        }
    }
}
