package io.veille.enricher.stream;

import io.veille.common.config.VeilleConfig;
import io.veille.common.event.EnrichedArticle;
import io.veille.common.event.RawArticle;
import io.veille.common.event.TopicScore;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The enricher in a process of its own, for tests that kill it: {@code kill -9} is the only honest
 * abrupt stop. Arguments: bootstrap servers, topic prefix, state dir, application id.
 */
public final class EnricherProcess {
    public static void main(String[] args) throws Exception {
        VeilleConfig config = VeilleConfig.load(null, Map.of())
                .with("kafka.bootstrap-servers", args[0])
                .with("topics.prefix", args[1])
                .with("enricher.state-dir", args[2])
                .with("enricher.application-id", args[3])
                // a killed instance's partitions move after 10 s instead of the default 45 s (as in the chaos suite)
                .with("kafka.client.session.timeout.ms", "10000");
        EnricherApp app = new EnricherApp(config, EnricherProcess::understand, yaml -> { }).start();
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        System.out.println("enricher started");
        Thread.currentThread().join();
    }

    static EnrichedArticle understand(RawArticle article) {
        List<TopicScore> topics = article.categories().stream().map(c -> new TopicScore(c, 1.0, List.of(c))).toList();
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, article, article.languageHint(), 1.0, topics, List.of(),
                false, "s-" + article.id(), 1, article.title(), "test", Instant.now());
    }
}
