package io.veille.localstack;

import io.veille.common.kafka.TopicBootstrap;
import io.veille.common.kafka.VeilleTopics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Kafka and Elasticsearch, started together, with Veille's topics created: what the tests and
 * {@code veille up} run against. Closing it stops both and leaves no process behind.
 */
public final class LocalStack implements AutoCloseable {
    private final KafkaServer kafka;
    private final ElasticsearchServer elasticsearch;
    private final VeilleTopics topics;
    private final Path deleteOnClose;
    private volatile boolean closed;

    /**
     * @param deleteOnClose a directory to delete once both servers are stopped, or null
     */
    public LocalStack(KafkaServer kafka, ElasticsearchServer elasticsearch, VeilleTopics topics, Path deleteOnClose) {
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
        this.topics = topics;
        this.deleteOnClose = deleteOnClose;
    }

    /**
     * Starts a local broker and a local Elasticsearch as child processes under {@code workDir}
     * (both at once, since Elasticsearch takes longest), then creates Veille's topics.
     *
     * @param workDir        holds {@code kafka/} and {@code elasticsearch/}
     * @param kafkaPort      preferred Kafka port, 0 for any
     * @param esPort         preferred Elasticsearch port, 0 for any
     * @param deleteOnClose  whether closing deletes the servers' data (tests) or keeps it (veille up)
     * @param partitions     partitions of the article and feed topics
     */
    public static LocalStack startLocal(Path workDir, int kafkaPort, int esPort, boolean deleteOnClose,
                                        VeilleTopics topics, int partitions) {
        LocalKafka kafka = new LocalKafka(workDir.resolve("kafka"), kafkaPort);
        LocalElasticsearch elasticsearch = new LocalElasticsearch(workDir.resolve("elasticsearch"), esPort, deleteOnClose);
        LocalStack stack = new LocalStack(kafka, elasticsearch, topics, deleteOnClose ? workDir : null);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-stop"));
        try {
            CompletableFuture<?> es = CompletableFuture.runAsync(elasticsearch::start);
            kafka.start();
            es.join();
            stack.createTopics(partitions);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Deletes what {@link #startLocal} keeps under {@code workDir} (for {@code veille up --fresh}); the stack must be stopped. */
    public static void deleteLocalData(Path workDir) {
        LocalStackFiles.deleteTree(LocalElasticsearch.effectiveWorkDir(workDir.resolve("elasticsearch")));
        LocalStackFiles.deleteTree(workDir.resolve("elasticsearch"));
        LocalStackFiles.deleteTree(workDir.resolve("kafka"));
    }

    public KafkaServer kafka() {
        return kafka;
    }

    public ElasticsearchServer elasticsearch() {
        return elasticsearch;
    }

    public VeilleTopics topics() {
        return topics;
    }

    /** Creates Veille's topics that are missing; returns the names created. */
    public Set<String> createTopics(int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            return new TopicBootstrap(admin, (short) -1).createMissing(topics.specs(partitions));
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        CompletableFuture<?> es = CompletableFuture.runAsync(elasticsearch::close);
        kafka.close();
        es.join();
        LocalStackFiles.deleteTree(deleteOnClose);
    }
}
