package io.veille.enricher;

import io.veille.common.event.ArticleEvent;
import io.veille.common.event.EnrichedArticle;
import io.veille.common.event.RawArticle;
import io.veille.common.event.RawArticleBuilder;
import io.veille.enricher.language.LanguageIdentifier;
import io.veille.enricher.sponsored.SponsoredDetector;
import io.veille.enricher.tagging.TopicTagger;
import io.veille.enricher.taxonomy.TaxonomyLoader;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UnderstandingTest {
    private static final Understanding UNDERSTANDING = Understanding.withDefaults();

    @Test
    void theSeedConferenceArticleIsAFrenchSponsoredDevOpsCloudNativeOpenSourcePost() {
        EnrichedArticle enriched = UNDERSTANDING.enrich(SeedArticles.conference());
        assertThat(enriched.language()).isEqualTo("fr");
        assertThat(enriched.topicIds()).contains("devops-events", "cloud-native", "open-source");
        assertThat(enriched.sponsored()).isTrue();
    }

    @Test
    void theDefaultUnderstandingFindsTheSeedConferenceDayAndVenueAndTheConsultationDeadline() {
        assertThat(UNDERSTANDING.enrich(SeedArticles.conference()).events())
                .anySatisfy(e -> {
                    assertThat(e.kind()).isEqualTo(ArticleEvent.Kind.EVENT);
                    assertThat(e.start()).isEqualTo(LocalDate.of(2026, 2, 3));
                    assertThat(e.city()).isEqualTo("Paris");
                });
        assertThat(UNDERSTANDING.enrich(SeedArticles.consultation()).events())
                .anySatisfy(e -> {
                    assertThat(e.kind()).isEqualTo(ArticleEvent.Kind.DEADLINE);
                    assertThat(e.end()).isEqualTo(LocalDate.of(2026, 2, 3));
                });
    }

    @Test
    void theSeedConsultationArticleIsAboutOpenSourceSovereigntyAndPolicy() {
        EnrichedArticle enriched = UNDERSTANDING.enrich(SeedArticles.consultation());
        assertThat(enriched.language()).isEqualTo("fr");
        assertThat(enriched.topicIds()).contains("open-source", "digital-sovereignty", "policy-regulation");
        assertThat(enriched.sponsored()).isFalse();
    }

    @Test
    void everyFieldIsFilled() {
        Instant now = Instant.parse("2026-02-01T10:00:00Z");
        Understanding understanding = new Understanding(new LanguageIdentifier(),
                new TopicTagger(TaxonomyLoader.loadDefault()), new SponsoredDetector(), EventFinder.NONE,
                Clock.fixed(now, ZoneOffset.UTC));
        EnrichedArticle enriched = understanding.enrich(SeedArticles.consultation());
        assertThat(enriched.languageConfidence()).isBetween(0.5, 1.0);
        assertThat(enriched.storyId()).startsWith("s-");
        assertThat(enriched.readingTimeMinutes()).isEqualTo(1);
        assertThat(enriched.summary()).startsWith("La Commission européenne a lancé").hasSizeLessThanOrEqualTo(280);
        assertThat(enriched.taxonomyVersion()).isEqualTo(TaxonomyLoader.loadDefault().version());
        assertThat(enriched.enrichedAt()).isEqualTo(now);
        assertThat(enriched.article()).isEqualTo(SeedArticles.consultation());
    }

    @Test
    void theEventFinderGetsTheTextDateAndLanguageAndItsEventsAreKept() {
        List<Object[]> calls = new ArrayList<>();
        ArticleEvent event = new ArticleEvent(ArticleEvent.Kind.EVENT, "conference", "Cloud Native Days France",
                LocalDate.of(2026, 2, 3), null, "CENTQUATRE-PARIS", "Paris", "…");
        EventFinder finder = (title, text, publishedAt, language) -> {
            calls.add(new Object[]{title, text, publishedAt, language});
            return List.of(event);
        };
        Understanding understanding = new Understanding(new LanguageIdentifier(),
                new TopicTagger(TaxonomyLoader.loadDefault()), new SponsoredDetector(), finder, Clock.systemUTC());
        RawArticle article = SeedArticles.conference();
        EnrichedArticle enriched = understanding.enrich(article);
        assertThat(enriched.events()).containsExactly(event);
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0)).containsExactly(article.title(), article.text().strip(), article.publishedAt(), "fr");
    }

    @Test
    void anArticleWithOnlyHtmlIsUnderstoodFromItsText() {
        RawArticle article = RawArticleBuilder.article().url("https://blog.example/html")
                .title("Ransomware attack hits hospital")
                .contentHtml("<p>A <b>ransomware</b> gang encrypted the hospital's servers.</p><p>Attackers demand a ransom.</p>")
                .build();
        EnrichedArticle enriched = UNDERSTANDING.enrich(article);
        assertThat(enriched.language()).isEqualTo("en");
        assertThat(enriched.topicIds()).contains("security");
        assertThat(enriched.summary()).isEqualTo("A ransomware gang encrypted the hospital's servers. Attackers demand a ransom.");
    }

    @Test
    void anArticleWithoutBodyStillGetsAResult() {
        RawArticle article = RawArticleBuilder.article().url("https://blog.example/empty").title("Kubernetes 1.36").build();
        EnrichedArticle enriched = UNDERSTANDING.enrich(article);
        assertThat(enriched.readingTimeMinutes()).isZero();
        assertThat(enriched.summary()).isNull();
        assertThat(enriched.storyId()).startsWith("s-");
    }
}
