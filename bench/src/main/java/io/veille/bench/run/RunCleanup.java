package io.veille.bench.run;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.veille.common.config.VeilleConfig;
import io.veille.indexer.IndexerSettings;
import io.veille.indexer.index.ElasticsearchClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Deletes what a run left on a Kafka and an Elasticsearch it did not start: every topic whose name starts
 * with {@code veille-bench-<run>} (the run's own and its Streams' internal topics), every index and
 * template named {@code veille-bench-<run>-*}. Best effort: a failure is reported, never thrown.
 */
public final class RunCleanup {
    private RunCleanup() {
    }

    public static void run(BenchContext ctx, String runId) {
        String prefix = "veille-bench-" + runId;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, ctx.bootstrap()))) {
            List<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith(prefix)).toList();
            admin.deleteTopics(topics).all().get(60, TimeUnit.SECONDS);
            ctx.progress("deleted the run's %d topics", topics.size());
        } catch (Exception e) {
            ctx.progress("cannot delete the run's topics (%s)", e.getMessage());
        }
        IndexerSettings settings = IndexerSettings.from(VeilleConfig.defaults()
                .with("kafka.bootstrap-servers", ctx.bootstrap()).with("elasticsearch.url", ctx.elasticsearchUrl()));
        ElasticsearchClient es = ElasticsearchClients.create(settings);
        try {
            es.indices().delete(d -> d.index(prefix + "-*").allowNoIndices(true).ignoreUnavailable(true));
            es.indices().deleteIndexTemplate(d -> d.name(prefix + "-*"));
            ctx.progress("deleted the run's indices and templates");
        } catch (Exception e) {
            ctx.progress("cannot delete the run's indices (%s)", e.getMessage());
        } finally {
            ElasticsearchClients.close(es);
        }
    }
}
