package io.veille.enricher;

import io.veille.common.event.ArticleEvent;
import io.veille.common.event.EnrichedArticle;
import io.veille.common.event.RawArticle;
import io.veille.common.event.TopicScore;
import io.veille.enricher.language.DetectedLanguage;
import io.veille.enricher.language.LanguageIdentifier;
import io.veille.enricher.sponsored.SponsoredDetector;
import io.veille.enricher.story.StoryId;
import io.veille.enricher.summary.LeadSummary;
import io.veille.enricher.summary.ReadingTime;
import io.veille.enricher.tagging.TopicTagger;
import io.veille.enricher.taxonomy.Taxonomy;
import io.veille.enricher.taxonomy.TaxonomyLoader;
import io.veille.enricher.text.PlainText;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything Veille understands of one article, in one call: language, topics, events and deadlines,
 * sponsorship, story, reading time and summary. Plain Java, no Kafka: the Streams topology and
 * {@code veille tag} both call it.
 *
 * <p>Thread-safe and costly to build (language models, compiled taxonomy): build one and share it.
 */
public final class Understanding {
    private final LanguageIdentifier languages;
    private final TopicTagger tagger;
    private final SponsoredDetector sponsored;
    private final EventFinder events;
    private final Clock clock;

    public Understanding(LanguageIdentifier languages, TopicTagger tagger, SponsoredDetector sponsored,
                         EventFinder events, Clock clock) {
        this.languages = Objects.requireNonNull(languages, "languages");
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.sponsored = Objects.requireNonNull(sponsored, "sponsored");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Understanding with the bundled taxonomy. */
    public static Understanding withDefaults() {
        return with(TaxonomyLoader.loadDefault());
    }

    /** Understanding with the given taxonomy and the default detectors. */
    public static Understanding with(Taxonomy taxonomy) {
        return new Understanding(new LanguageIdentifier(), new TopicTagger(taxonomy), new SponsoredDetector(),
                new io.veille.enricher.events.EventExtractor()::extract, Clock.systemUTC());
    }

    /** The same understanding with another taxonomy: a new tagger; the language models and detectors are shared. */
    public Understanding withTaxonomy(Taxonomy taxonomy) {
        return new Understanding(languages, new TopicTagger(taxonomy), sponsored, events, clock);
    }

    public Taxonomy taxonomy() {
        return tagger.taxonomy();
    }

    /** The enriched form of {@code article}. Never throws on odd content: empty text gives empty results. */
    public EnrichedArticle enrich(RawArticle article) {
        String title = article.title();
        String text = PlainText.of(article.text(), article.contentHtml());
        DetectedLanguage language = languages.detect(title, text, article.languageHint());
        List<TopicScore> topics = tagger.tag(title, text, language.code());
        List<ArticleEvent> found = events.extract(title, text, article.publishedAt(), language.code());
        return new EnrichedArticle(
                EnrichedArticle.SCHEMA_VERSION,
                article,
                language.code(),
                language.confidence(),
                topics,
                found,
                sponsored.isSponsored(title, text),
                StoryId.of(text.isEmpty() ? title : text),
                ReadingTime.minutes(text),
                LeadSummary.of(text, language.code()),
                tagger.taxonomy().version(),
                Instant.now(clock));
    }
}
