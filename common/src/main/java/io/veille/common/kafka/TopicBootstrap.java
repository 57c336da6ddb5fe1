package io.veille.common.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates every topic of Veille that does not exist yet. Idempotent: running it twice, or from two
 * instances at once, leaves the same topics; existing topics are never altered. Returns only once every
 * partition of the topics it created has a leader: an idempotent producer that starts before can spin on
 * OUT_OF_ORDER_SEQUENCE_NUMBER retries for a minute (seen when the ingester or {@code up} produced right
 * after creating the topics).
 */
public final class TopicBootstrap {
    private static final Duration LEADER_TIMEOUT = Duration.ofSeconds(30);
    private static final long LEADER_POLL_MILLIS = 100;

    private final Admin admin;
    private final short replicationFactor;
    private final Duration leaderTimeout;

    /**
     * @param replicationFactor replicas per partition; {@code -1} takes the broker's default
     */
    public TopicBootstrap(Admin admin, short replicationFactor) {
        this(admin, replicationFactor, LEADER_TIMEOUT);
    }

    TopicBootstrap(Admin admin, short replicationFactor, Duration leaderTimeout) {
        this.admin = admin;
        this.replicationFactor = replicationFactor;
        this.leaderTimeout = leaderTimeout;
    }

    /**
     * What every service does at start: creates the missing Veille topics of the configured cluster,
     * with the configured prefix, partitions and replication factor. Returns the names it created.
     */
    public static Set<String> ensureTopics(io.veille.common.config.VeilleConfig config) {
        Map<String, Object> admin = new java.util.HashMap<>(config.subtree("kafka.client"));
        admin.put(org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.string("kafka.bootstrap-servers"));
        try (Admin client = Admin.create(admin)) {
            return new TopicBootstrap(client, (short) config.integer("topics.replication-factor"))
                    .createMissing(new VeilleTopics(config.string("topics.prefix")).specs(config.integer("topics.partitions")));
        }
    }

    /** Creates the missing topics among {@code specs}; returns the names it created. */
    public Set<String> createMissing(List<VeilleTopics.TopicSpec> specs) {
        try {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = specs.stream()
                    .filter(spec -> !existing.contains(spec.name()))
                    .map(this::newTopic)
                    .toList();
            var result = admin.createTopics(missing);
            Set<String> created = new java.util.TreeSet<>();
            for (var entry : result.values().entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                    created.add(entry.getKey());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e; // another instance created it meanwhile: fine; anything else is not
                    }
                }
            }
            awaitLeaders(created);
            return created;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IllegalStateException("Cannot create Kafka topics: " + cause.getMessage(), cause);
        }
    }

    /** Waits until every partition of {@code topics} has a leader, at most {@link #leaderTimeout}. */
    private void awaitLeaders(Set<String> topics) throws InterruptedException, TimeoutException {
        if (topics.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + leaderTimeout.toNanos();
        while (!allLed(topics)) {
            if (System.nanoTime() - deadline > 0) {
                throw new TimeoutException("partitions of " + topics + " still have no leader after " + leaderTimeout.toSeconds() + " s");
            }
            Thread.sleep(LEADER_POLL_MILLIS);
        }
    }

    private boolean allLed(Set<String> topics) throws InterruptedException {
        try {
            return admin.describeTopics(topics).allTopicNames().get(leaderTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .values().stream()
                    .flatMap(topic -> topic.partitions().stream())
                    .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
        } catch (ExecutionException | TimeoutException e) {
            return false; // metadata of a topic just created can lag behind on the broker asked: ask again
        }
    }

    private NewTopic newTopic(VeilleTopics.TopicSpec spec) {
        var topic = replicationFactor > 0
                ? new NewTopic(spec.name(), spec.partitions(), replicationFactor)
                : new NewTopic(spec.name(), java.util.Optional.of(spec.partitions()), java.util.Optional.empty());
        return topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG,
                spec.compacted() ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE));
    }
}
