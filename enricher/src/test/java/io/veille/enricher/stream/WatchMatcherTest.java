package io.veille.enricher.stream;

import io.veille.common.event.EnrichedArticle;
import io.veille.common.event.RawArticle;
import io.veille.common.event.RawArticleBuilder;
import io.veille.common.event.TopicScore;
import io.veille.common.event.Watch;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class WatchMatcherTest {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    private static final EnrichedArticle CLOUD_FR = enriched("Le cloud souverain de l'État passe à Kubernetes",
            "La Direction interministérielle du numérique ouvre un appel d'offres. Les développeurs de l'opérateur public…",
            "fr", "feed-numerique", "Le Journal du Numérique",
            new TopicScore("digital-sovereignty", 3.5, List.of("cloud souverain")),
            new TopicScore("cloud-native", 1.2, List.of("kubernetes")));

    @Test
    void anyTopicMatchesWhenOneOfTheWatchTopicsIsTagged() {
        Optional<WatchMatcher.Match> match = WatchMatcher.match(watch().topicsAny("open-source", "digital-sovereignty").build(), CLOUD_FR);
        assertThat(match).isPresent();
        assertThat(match.get().topics()).containsExactly("digital-sovereignty");
        assertThat(match.get().reason()).contains("topic digital-sovereignty");
        assertThat(WatchMatcher.match(watch().topicsAny("open-source").build(), CLOUD_FR)).isEmpty();
    }

    @Test
    void allTopicsMustAllBeTagged() {
        assertThat(WatchMatcher.match(watch().topicsAll("digital-sovereignty", "cloud-native").build(), CLOUD_FR)).isPresent();
        assertThat(WatchMatcher.match(watch().topicsAll("digital-sovereignty", "open-source").build(), CLOUD_FR)).isEmpty();
    }

    @Test
    void keywordsAreWholeWordsIgnoringCaseAndAccents() {
        assertThat(WatchMatcher.match(watch().keywords("ETAT").build(), CLOUD_FR)).hasValueSatisfying(m -> assertThat(m.reason()).contains("keyword ETAT"));
        assertThat(WatchMatcher.match(watch().keywords("appel d'offres").build(), CLOUD_FR)).isPresent();
        assertThat(WatchMatcher.match(watch().keywords("kube").build(), CLOUD_FR)).as("a word prefix is not a word").isEmpty();
        assertThat(WatchMatcher.match(watch().keywords("numérique", "x").build(), CLOUD_FR)).as("one keyword is enough").isPresent();
    }

    @Test
    void keywordsWithRegexCharactersAreTakenLiterally() {
        EnrichedArticle article = enriched("C++ et .NET : quoi de neuf ?", "Un point sur C++26 et .NET 10.", "fr", "f", "S");
        assertThat(WatchMatcher.match(watch().keywords(".NET").build(), article)).isPresent();
        assertThat(WatchMatcher.match(watch().keywords("a.b*").build(), article)).isEmpty();
    }

    @Test
    void languageSourceAndScoreNarrowTheMatch() {
        Watch sovereignty = watch().topicsAny("digital-sovereignty").languages("FR").sources("feed-numerique").minScore(3.0).build();
        assertThat(WatchMatcher.match(sovereignty, CLOUD_FR)).hasValueSatisfying(m ->
                assertThat(m.reason()).contains("language fr").contains("source Le Journal du Numérique"));

        assertThat(WatchMatcher.match(watch().topicsAny("digital-sovereignty").languages("en").build(), CLOUD_FR)).isEmpty();
        assertThat(WatchMatcher.match(watch().topicsAny("digital-sovereignty").sources("other-feed").build(), CLOUD_FR)).isEmpty();
        assertThat(WatchMatcher.match(watch().sources("le journal du numérique").build(), CLOUD_FR)).as("source by name").isPresent();
        assertThat(WatchMatcher.match(watch().topicsAny("cloud-native").minScore(2.0).build(), CLOUD_FR))
                .as("the score that counts is the matched topic's").isEmpty();
    }

    @Test
    void aWatchWithoutCriteriaMatchesNothing() {
        assertThat(WatchMatcher.match(watch().build(), CLOUD_FR)).isEmpty();
    }

    @Test
    void oneCandidateServesManyWatchesWithTheSameAnswers() {
        WatchMatcher.Candidate candidate = new WatchMatcher.Candidate(CLOUD_FR);
        List<Watch> watches = List.of(watch().keywords("kubernetes").build(), watch().keywords("souverain").build(),
                watch().keywords("absent").build(), watch().topicsAny("cloud-native").keywords("DINUM", "interministérielle").build());
        for (Watch watch : watches) {
            assertThat(WatchMatcher.match(watch, candidate)).isEqualTo(WatchMatcher.match(watch, CLOUD_FR));
        }
        assertThat(watches.stream().filter(w -> WatchMatcher.match(w, candidate).isPresent()).count()).isEqualTo(3);
    }

    private static EnrichedArticle enriched(String title, String text, String language, String feedId, String source, TopicScore... topics) {
        RawArticle article = RawArticleBuilder.article().url("https://news.example.org/" + Math.abs(title.hashCode()))
                .feedId(feedId).source(source).title(title).text(text).publishedAt(T0).fetchedAt(T0).build();
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, article, language, 0.99, List.of(topics), List.of(),
                false, "story", 1, title, "test", T0);
    }

    private static WatchBuilder watch() {
        return new WatchBuilder();
    }

    private static final class WatchBuilder {
        private List<String> any = List.of();
        private List<String> all = List.of();
        private List<String> keywords = List.of();
        private List<String> languages = List.of();
        private List<String> sources = List.of();
        private double minScore;

        WatchBuilder topicsAny(String... topics) { any = List.of(topics); return this; }
        WatchBuilder topicsAll(String... topics) { all = List.of(topics); return this; }
        WatchBuilder keywords(String... words) { keywords = List.of(words); return this; }
        WatchBuilder languages(String... codes) { languages = List.of(codes); return this; }
        WatchBuilder sources(String... ids) { sources = List.of(ids); return this; }
        WatchBuilder minScore(double score) { minScore = score; return this; }

        Watch build() {
            return new Watch(Watch.SCHEMA_VERSION, "w", "watch", any, all, keywords, languages, sources, minScore, T0);
        }
    }
}
