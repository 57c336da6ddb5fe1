package io.veille.app.up;

import io.veille.common.event.ArticleEvent;
import io.veille.common.event.EnrichedArticle;
import io.veille.common.event.RawArticle;
import io.veille.enricher.Understanding;
import io.veille.ingester.normalize.ArticleNormalizer;
import io.veille.ingester.normalize.FeedContext;
import io.veille.ingester.parse.FeedParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoAgendaTest {
    private static final Understanding UNDERSTANDING = Understanding.withDefaults();

    /** The feed as the pipeline reads it: parsed, normalized and understood. */
    private static List<EnrichedArticle> understood(LocalDate today) throws Exception {
        byte[] xml = DemoAgenda.rss(today).getBytes(StandardCharsets.UTF_8);
        URI url = URI.create("https://demo.veille.test/" + DemoAgenda.FILE);
        var feed = new FeedParser().parse(xml, "application/rss+xml", url);
        List<RawArticle> articles = new ArticleNormalizer().normalize(feed,
                new FeedContext("agenda", url, "Agenda à venir", today.atTime(9, 0).toInstant(ZoneOffset.UTC)));
        return articles.stream().map(UNDERSTANDING::enrich).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-29", "2026-12-20", "2027-02-27", "2028-06-15"})
    void everyArticleAnnouncesSomethingStillAheadOfTheDayTheDemoRuns(String day) throws Exception {
        LocalDate today = LocalDate.parse(day);
        List<EnrichedArticle> articles = understood(today);

        assertThat(articles).hasSize(4).allSatisfy(a -> {
            assertThat(a.article().excerptOnly()).as("full text in the feed: no page to fetch").isFalse();
            assertThat(a.events()).as(a.article().title()).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.start()).isAfter(today));
        });
        List<ArticleEvent> all = articles.stream().flatMap(a -> a.events().stream()).toList();
        assertThat(all).extracting(ArticleEvent::kind).contains(ArticleEvent.Kind.EVENT, ArticleEvent.Kind.DEADLINE);
        assertThat(all).filteredOn(e -> e.kind() == ArticleEvent.Kind.EVENT).extracting(ArticleEvent::city)
                .contains("Lille", "Toulouse", "Nantes");
        assertThat(all).filteredOn(e -> e.kind() == ArticleEvent.Kind.DEADLINE).extracting(ArticleEvent::start)
                .contains(today.plusDays(10), today.plusDays(30), today.plusDays(40));
    }

    @Test
    void frenchAndEnglishArticlesAreTaggedWithTheTopicsOfAnAgenda() throws Exception {
        List<EnrichedArticle> articles = understood(LocalDate.parse("2026-11-29"));
        assertThat(articles).extracting(EnrichedArticle::language).containsExactly("en", "en", "fr", "fr");
        assertThat(articles).allSatisfy(a -> assertThat(a.topics()).as(a.article().title()).isNotEmpty());
        assertThat(articles.get(3).topics()).extracting(t -> t.id()).contains("digital-sovereignty");
    }

    @Test
    void spansAcrossAMonthOrAYearAreWrittenInFull() {
        assertThat(DemoAgenda.frSpan(LocalDate.parse("2027-03-05"), LocalDate.parse("2027-03-06"))).isEqualTo("les 5 et 6 mars 2027");
        assertThat(DemoAgenda.frSpan(LocalDate.parse("2027-03-31"), LocalDate.parse("2027-04-01"))).isEqualTo("du 31 mars au 1 avril 2027");
        assertThat(DemoAgenda.frSpan(LocalDate.parse("2026-12-31"), LocalDate.parse("2027-01-01")))
                .isEqualTo("du 31 décembre 2026 au 1 janvier 2027");
    }

    @Test
    void aRunRewritesTheFeedWithItsOwnDates(@TempDir Path dir) throws Exception {
        DemoAgenda.write(dir, LocalDate.parse("2026-11-29"));
        DemoAgenda.write(dir, LocalDate.parse("2027-05-02"));
        String feed = Files.readString(dir.resolve(DemoAgenda.FILE));
        assertThat(feed).contains(DemoAgenda.en(LocalDate.parse("2027-05-26"))).doesNotContain("2026");
        assertThat(DemoFeeds.isFeed(DemoAgenda.FILE)).isTrue();
    }
}
