package io.veille.enricher;

import io.veille.common.event.EnrichedArticle;
import io.veille.common.event.RawArticle;
import io.veille.common.event.RawArticleBuilder;
import io.veille.enricher.devset.DevArticle;
import io.veille.enricher.devset.DevSet;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class UnderstandingConcurrencyTest {
    @Test
    void oneSharedInstanceGivesTheSameResultsFromManyThreads() throws Exception {
        Understanding understanding = Understanding.withDefaults();
        List<RawArticle> articles = new ArrayList<>();
        for (DevArticle a : DevSet.all()) {
            articles.add(RawArticleBuilder.article().url("https://devset.example/" + a.id()).title(a.title()).text(a.text()).build());
        }
        List<String> sequential = new ArrayList<>();
        for (RawArticle a : articles) {
            sequential.add(summary(understanding.enrich(a)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (RawArticle a : articles) {
                futures.add(pool.submit(() -> summary(understanding.enrich(a))));
            }
            for (int i = 0; i < articles.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String summary(EnrichedArticle e) {
        return e.language() + e.languageConfidence() + e.topics() + e.sponsored() + e.storyId() + e.readingTimeMinutes() + e.summary();
    }
}
