package io.veille.indexer.query;

import io.veille.common.event.EnrichedArticle;
import io.veille.indexer.query.Results.ArticleHit;
import io.veille.indexer.query.Results.SearchPage;
import io.veille.indexer.testing.Articles;
import io.veille.indexer.testing.IndexerFixture;
import io.veille.localstack.LocalStack;
import io.veille.localstack.LocalStackExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The query service on a real Elasticsearch, over 40 articles indexed through the real path. */
@ExtendWith(LocalStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElasticsearchArticleQueriesIT {
    private static final int ARTICLES = 40;
    private IndexerFixture world;
    private ArticleQueries queries;
    private List<EnrichedArticle> articles;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeAll
    void index(LocalStack stack) {
        world = new IndexerFixture(stack, "it-queries");
        // article n was published n hours ago: 0-23 within the last day, all within the last week
        articles = IntStream.range(0, ARTICLES).mapToObj(n -> Articles.article(n, now.minus(n, ChronoUnit.HOURS), 600)).toList();
        world.indexAll(articles);
        queries = new ElasticsearchArticleQueries(world.es, world.settings.alias());
    }

    @AfterAll
    void close() {
        world.close();
    }

    @Test
    void freeTextFindsArticlesWithHighlights() {
        SearchPage page = queries.search(SearchParams.all().withText("container runtime"));
        assertThat(page.total()).isEqualTo(ARTICLES / 2); // the English ones
        assertThat(page.hits()).allSatisfy(hit -> assertThat(hit.language()).isEqualTo("en"));
        assertThat(page.hits().get(0).highlights().get("title").get(0)).contains("<em>container</em>");
    }

    @Test
    void highlightsAreEscapedTextWhoseOnlyMarkupIsTheEmMarks() {
        // the standard tokenizer keeps "d'exploitation" as one word
        SearchPage page = queries.search(SearchParams.all().withText("d'exploitation"));
        String title = page.hits().get(0).highlights().get("title").get(0);
        assertThat(title).contains("<em>d&#x27;exploitation</em>").doesNotContain("'");
    }

    @Test
    void storySiblingsAreTheOtherArticlesOfTheStoryNewestFirst() {
        // articles 3, 4 and 5 share story-1; article 3 is the newest (published 3 hours ago)
        String middle = articles.get(4).article().id();
        assertThat(queries.storySiblings(middle, 10)).extracting(ArticleHit::id)
                .containsExactly(articles.get(3).article().id(), articles.get(5).article().id());
        assertThat(queries.storySiblings("0123456789abcdef0123456789abcdef", 10)).isEmpty();
    }

    @Test
    void frenchTextIsFoundToo() {
        assertThat(queries.search(SearchParams.all().withText("équipes d'exploitation")).total()).isEqualTo(ARTICLES / 2);
    }

    @Test
    void filtersAndFacetsAgree() {
        SearchPage all = queries.search(SearchParams.all());
        assertThat(all.total()).isEqualTo(ARTICLES);
        assertThat(all.facets().get("languages")).extracting(Results.Bucket::key).containsExactlyInAnyOrder("fr", "en");
        long openSource = all.facets().get("topics").stream().filter(b -> b.key().equals("open-source")).findFirst().orElseThrow().count();
        assertThat(queries.search(SearchParams.all().withTopics(List.of("open-source"))).total()).isEqualTo(openSource);
        assertThat(queries.search(SearchParams.all().withLanguages(List.of("fr"))).total()).isEqualTo(ARTICLES / 2);
        long sponsored = articles.stream().filter(EnrichedArticle::sponsored).count();
        SearchParams noSponsored = new SearchParams(null, List.of(), List.of(), List.of(), List.of(), null, null, true, null, 20, null, null);
        assertThat(queries.search(noSponsored).total()).isEqualTo(ARTICLES - sponsored);
        assertThat(queries.search(SearchParams.all().withFrom(now.minus(10, ChronoUnit.HOURS).minusSeconds(1))).total()).isEqualTo(11);
    }

    @Test
    void searchAfterWalksEveryArticleExactlyOnce() {
        for (SearchParams first : List.of(SearchParams.all().withSize(7), SearchParams.all().withText("article").withSize(7))) {
            Set<String> seen = new HashSet<>();
            List<String> order = new ArrayList<>();
            SearchParams page = first;
            while (true) {
                SearchPage result = queries.search(page);
                result.hits().forEach(h -> order.add(h.id()));
                result.hits().forEach(h -> seen.add(h.id()));
                if (result.next() == null) {
                    break;
                }
                page = page.withAfter(Cursor.decode(result.next()));
            }
            assertThat(order).hasSize(ARTICLES);
            assertThat(seen).hasSize(ARTICLES);
        }
    }

    @Test
    void anArticleIsReadWholeAndAnUnknownOneIsEmpty() {
        EnrichedArticle a = articles.get(3);
        assertThat(queries.article(a.id())).hasValueSatisfying(doc -> {
            assertThat(doc.get("title")).isEqualTo(a.article().title());
            assertThat(doc.get("text")).isEqualTo(a.article().text());
        });
        assertThat(queries.article("0000")).isEmpty();
    }

    @Test
    void moreLikeThisFindsArticlesOfTheSameKindButNotItself() {
        EnrichedArticle french = articles.get(2);
        List<ArticleHit> similar = queries.moreLikeThis(french.id(), 5);
        assertThat(similar).isNotEmpty();
        assertThat(similar).extracting(ArticleHit::id).doesNotContain(french.id());
        assertThat(similar).allSatisfy(h -> assertThat(h.language()).isEqualTo("fr"));
        assertThat(queries.moreLikeThis("0000", 5)).isEmpty();
    }

    @Test
    void upcomingEventsAreSoonestFirstAndFilteredByKind() {
        List<Results.UpcomingEvent> events = queries.upcomingEvents(Duration.ofDays(60), List.of(), null, 50);
        assertThat(events).hasSize((int) articles.stream().filter(a -> !a.events().isEmpty()).count());
        assertThat(events).isSortedAccordingTo(java.util.Comparator.comparing(Results.UpcomingEvent::start));
        assertThat(queries.upcomingEvents(Duration.ofDays(60), List.of(), "deadline", 50))
                .allSatisfy(e -> assertThat(e.kind()).isEqualTo("deadline")).isNotEmpty();
        assertThat(queries.upcomingEvents(Duration.ofDays(1), List.of(), null, 50)).isEmpty();
    }

    @Test
    void titlesAreSuggestedFromTheirFirstLetters() {
        List<String> titles = queries.suggestTitles("repo", 5);
        assertThat(titles).hasSize(5).allSatisfy(t -> assertThat(t).startsWith("Report #"));
        assertThat(queries.suggestTitles("compte r", 3)).hasSize(3).allSatisfy(t -> assertThat(t).startsWith("Compte rendu"));
        assertThat(queries.suggestTitles("zzz", 5)).isEmpty();
    }

    @Test
    void topicCountsSeparateTheLastDayFromTheLastWeek() {
        List<Results.TopicCount> counts = queries.topicCounts();
        Results.TopicCount devops = counts.stream().filter(c -> c.topic().equals("devops-events")).findFirst().orElseThrow();
        assertThat(devops.last7d()).isEqualTo(ARTICLES / 2);
        assertThat(devops.last24h()).isEqualTo(12); // even n < 24
    }

    @Test
    void aTrendCountsTheTopicsArticlesPerInterval() {
        Results.Trend trend = queries.trend("cloud-native", SearchParams.Interval.HOUR, Duration.ofDays(3));
        assertThat(trend.buckets().stream().mapToLong(Results.DateBucket::count).sum()).isEqualTo(ARTICLES / 2);
        assertThat(trend.buckets().size()).isGreaterThanOrEqualTo(ARTICLES);
    }
}
