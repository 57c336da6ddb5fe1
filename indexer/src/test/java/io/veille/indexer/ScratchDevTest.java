package io.veille.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.veille.common.config.VeilleConfig;
import io.veille.indexer.index.ArticleDocument;
import io.veille.indexer.index.ElasticsearchClients;
import io.veille.indexer.index.IndexManager;
import io.veille.indexer.query.ElasticsearchArticleQueries;
import io.veille.indexer.query.SearchParams;
import io.veille.indexer.testing.Articles;
import io.veille.indexer.write.Backoff;
import io.veille.indexer.write.BulkWriter;
import io.veille.common.event.EventJson;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

class ScratchDevTest {
    @Test
    void scratch() throws Exception {
        IndexerSettings s = IndexerSettings.from(VeilleConfig.defaults().with("elasticsearch.url", "http://127.0.0.1:29231"));
        ElasticsearchClient es = ElasticsearchClients.create(s);
        IndexManager m = new IndexManager(es, s.alias(), 1, 0);
        System.out.println("ready " + m.awaitCluster(Duration.ofSeconds(10)) + " " + m.ensureReady());
        BulkWriter<Integer> w = new BulkWriter<>(es, s.alias(), new BulkWriter.Options(100, 5_000_000, Duration.ofMillis(200), 1,
                new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2))), new BulkWriter.Listener<>() {
            public void written(Integer t, boolean sup) { if (sup) System.out.println("superseded " + t); }
            public void rejected(Integer t, String type, String reason) { System.out.println("rejected " + t + " " + type + " " + reason); }
        });
        for (int i = 0; i < 50; i++) w.submit(ArticleDocument.of(Articles.article(i, Articles.BASE.plusSeconds(i), 3000)), i);
        w.submit(ArticleDocument.of(Articles.article(1, Articles.BASE.minusSeconds(100), 100)), 1001);
        w.submit(ArticleDocument.of(Articles.withImpossibleDate(99)), 99);
        System.out.println("idle " + w.awaitIdle(Duration.ofSeconds(20)));
        w.close();
        m.refresh(s.alias());
        System.out.println("count " + m.count(s.alias()));
        var q = new ElasticsearchArticleQueries(es, s.alias());
        var page = q.search(SearchParams.all().withText("container runtime").withSize(5));
        System.out.println(page.total() + " " + page.hits().get(0).highlights());
        var page2 = q.search(SearchParams.all().withText("container runtime").withSize(5).withAfter(io.veille.indexer.query.Cursor.decode(page.next())));
        System.out.println(page2.hits().size() + " " + page2.next());
        System.out.println(q.topicCounts());
        System.out.println(q.upcomingEvents(Duration.ofDays(30), List.of(), null, 5));
        System.out.println(q.trend("open-source", SearchParams.Interval.DAY, Duration.ofDays(14)));
        System.out.println(q.moreLikeThis(Articles.article(2).id(), 3));
        System.out.println(q.article(Articles.article(2).id()).map(a -> a.get("title")));
    }
}
