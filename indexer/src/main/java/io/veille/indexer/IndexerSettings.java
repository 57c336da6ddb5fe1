package io.veille.indexer;

import io.veille.common.config.Durations;
import io.veille.common.config.VeilleConfig;
import io.veille.common.kafka.VeilleTopics;

import java.time.Duration;
import java.util.Map;

/**
 * Every configuration knob of the indexer, read once from {@link VeilleConfig}. Keys that are not yet
 * in {@code veille-defaults.yaml} fall back to the defaults written here, so the indexer runs on the
 * defaults alone; each key is documented in {@code docs/indexer.md}.
 */
public record IndexerSettings(
        String bootstrapServers,
        VeilleTopics topics,
        String elasticsearchUrl,
        String caCertificate,
        String username,
        String password,
        String apiKey,
        String alias,
        int shards,
        int replicas,
        String groupId,
        int bulkMaxOperations,
        long bulkMaxBytes,
        Duration bulkFlushInterval,
        int bulkConcurrentRequests,
        int maxPendingRecords,
        Duration retryInitialBackoff,
        Duration retryMaxBackoff,
        String apiHost,
        int apiPort,
        String apiToken,
        int apiAlertsKept,
        Map<String, String> kafkaClient) {

    /** Reads the settings; keys missing from the configuration take the defaults listed in docs/indexer.md. */
    public static IndexerSettings from(VeilleConfig config) {
        return new IndexerSettings(
                config.string("kafka.bootstrap-servers"),
                new VeilleTopics(config.optional("topics.prefix").orElse(VeilleTopics.DEFAULT_PREFIX)),
                config.optional("elasticsearch.url").orElse("http://127.0.0.1:9200"),
                config.optional("elasticsearch.ca-certificate").orElse(""),
                config.optional("elasticsearch.username").orElse(""),
                config.optional("elasticsearch.password").orElse(""),
                config.optional("elasticsearch.api-key").orElse(""),
                config.optional("elasticsearch.alias").orElse("veille-articles"),
                integer(config, "elasticsearch.index.shards", 1),
                integer(config, "elasticsearch.index.replicas", 0),
                config.optional("indexer.group-id").orElse("veille-indexer"),
                integer(config, "indexer.bulk.max-operations", 1000),
                integer(config, "indexer.bulk.max-bytes", 5 * 1024 * 1024),
                duration(config, "indexer.bulk.flush-interval", "200ms"),
                integer(config, "indexer.bulk.concurrent-requests", 2),
                integer(config, "indexer.max-pending-records", 10_000),
                duration(config, "indexer.retry.initial-backoff", "200ms"),
                duration(config, "indexer.retry.max-backoff", "30s"),
                config.optional("api.host").orElse("127.0.0.1"),
                integer(config, "api.port", 8080),
                config.optional("api.token").orElse(""),
                integer(config, "api.alerts-kept", 500),
                config.subtree("kafka.client"));
    }

    /** A copy writing to another Kafka consumer group (reindex uses a throw-away one). */
    public IndexerSettings withGroupId(String newGroupId) {
        return new IndexerSettings(bootstrapServers, topics, elasticsearchUrl, caCertificate, username, password, apiKey, alias,
                shards, replicas, newGroupId, bulkMaxOperations, bulkMaxBytes, bulkFlushInterval,
                bulkConcurrentRequests, maxPendingRecords, retryInitialBackoff, retryMaxBackoff, apiHost, apiPort,
                apiToken, apiAlertsKept, kafkaClient);
    }

    /** Kafka client properties common to every consumer and producer of the indexer. */
    public Map<String, Object> kafkaProperties() {
        Map<String, Object> props = new java.util.HashMap<>(kafkaClient);
        props.put("bootstrap.servers", bootstrapServers);
        return props;
    }

    private static int integer(VeilleConfig config, String key, int fallback) {
        return config.optional(key).map(value -> {
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new VeilleConfig.ConfigException("Configuration key '" + key + "' must be an integer, not '" + value + "'");
            }
        }).orElse(fallback);
    }

    private static Duration duration(VeilleConfig config, String key, String fallback) {
        String value = config.optional(key).orElse(fallback);
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new VeilleConfig.ConfigException("Configuration key '" + key + "': " + e.getMessage());
        }
    }
}
