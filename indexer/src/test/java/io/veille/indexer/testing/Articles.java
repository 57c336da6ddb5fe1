package io.veille.indexer.testing;

import io.veille.common.event.ArticleEvent;
import io.veille.common.event.EnrichedArticle;
import io.veille.common.event.RawArticle;
import io.veille.common.event.RawArticleBuilder;
import io.veille.common.event.TopicScore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Enriched articles for tests, written for these tests (French and English, modelled on tech-news sites):
 * numbered, deterministic, about 3 KB of text each when asked.
 */
public final class Articles {
    public static final Instant BASE = Instant.parse("2026-11-20T08:00:00Z");

    private static final String[] FR_PARAGRAPHS = {
        "La rencontre annuelle des équipes d'exploitation s'est tenue cette semaine dans un ancien entrepôt réhabilité,",
        "où une quarantaine d'intervenants ont détaillé leurs chaînes de déploiement continu et leurs tableaux de bord.",
        "Plusieurs administrations ont présenté la migration de leurs services vers des logiciels libres maintenus en interne,",
        "en insistant sur la réversibilité des contrats d'hébergement et sur la maîtrise des données des usagers.",
        "Les ateliers de l'après-midi portaient sur l'observabilité, la gestion des secrets et l'astreinte partagée."
    };
    private static final String[] EN_PARAGRAPHS = {
        "The maintainers of a widely used container runtime shipped a release that trims start-up time on small machines,",
        "and the changelog credits two dozen first-time contributors from public-sector teams across Europe.",
        "Regulators opened a consultation on procurement rules that would favour openly licensed software in tenders,",
        "asking vendors and user groups to send written comments before the deadline set in the announcement.",
        "Operators interviewed after the keynote said the hardest part remained on-call rotations, not the tooling."
    };

    private Articles() {
    }

    /** Article number {@code n}, last modified at {@code BASE + n minutes}. */
    public static EnrichedArticle article(int n) {
        return article(n, BASE.plusSeconds(60L * n), 0);
    }

    /** Article number {@code n} modified at {@code modified}, with about {@code textBytes} bytes of text (0: short). */
    public static EnrichedArticle article(int n, Instant modified, int textBytes) {
        boolean french = n % 2 == 0;
        String title = (french ? "Compte rendu n°" + n + " : la journée des équipes d'exploitation"
                : "Report #" + n + ": container runtime release and procurement consultation");
        RawArticle raw = RawArticleBuilder.article()
                .url("https://news.example.org/" + (french ? "fr" : "en") + "/articles/" + n)
                .feedId(french ? "blog-exploitation" : "weekly-infra")
                .source(french ? "Le Blog de l'Exploitation" : "Weekly Infra")
                .title(title)
                .publishedAt(modified)
                .fetchedAt(modified.plusSeconds(30))
                .text(text(french, n, textBytes))
                .feedTags(List.of(french ? "fr-tech" : "en-tech"))
                .categories(List.of("infrastructure"))
                .build();
        List<TopicScore> topics = french
                ? List.of(new TopicScore("devops-events", 0.9, List.of("équipes d'exploitation")),
                          new TopicScore("open-source", 0.6, List.of("logiciels libres")))
                : List.of(new TopicScore("cloud-native", 0.8, List.of("container runtime")),
                          new TopicScore("policy-regulation", 0.5, List.of("consultation")));
        List<ArticleEvent> events = n % 5 == 0
                ? List.of(new ArticleEvent(french ? ArticleEvent.Kind.EVENT : ArticleEvent.Kind.DEADLINE,
                        french ? "conference" : "consultation", french ? "Journée Exploitation " + n : "Procurement consultation " + n,
                        LocalDate.now().plusDays(3 + n % 20), LocalDate.now().plusDays(4 + n % 20),
                        null, french ? "Paris" : "Brussels", "The sentence with the date."))
                : List.of();
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, raw, french ? "fr" : "en", 0.97, topics, events,
                n % 7 == 0, "story-" + (n / 3), 3, null, "test-1", modified.plusSeconds(60));
    }

    /** The same article with another title and modification time. */
    public static EnrichedArticle revised(EnrichedArticle article, String title, Instant modified) {
        RawArticle raw = RawArticleBuilder.from(article.article()).title(title).updatedAt(modified).build();
        return new EnrichedArticle(article.schemaVersion(), raw, article.language(), article.languageConfidence(),
                article.topics(), article.events(), article.sponsored(), article.storyId(), article.readingTimeMinutes(),
                article.summary(), article.taxonomyVersion(), article.enrichedAt());
    }

    /** An article whose event date Elasticsearch cannot store (year 999,999,999). */
    public static EnrichedArticle withImpossibleDate(int n) {
        EnrichedArticle base = article(n);
        List<ArticleEvent> events = new ArrayList<>();
        events.add(new ArticleEvent(ArticleEvent.Kind.EVENT, "conference", "Far future", LocalDate.of(999_999_999, 1, 1),
                null, null, "Nowhere", "Beyond the calendar."));
        return new EnrichedArticle(base.schemaVersion(), base.article(), base.language(), base.languageConfidence(),
                base.topics(), events, base.sponsored(), base.storyId(), base.readingTimeMinutes(), base.summary(),
                base.taxonomyVersion(), base.enrichedAt());
    }

    private static String text(boolean french, int n, int bytes) {
        String[] paragraphs = french ? FR_PARAGRAPHS : EN_PARAGRAPHS;
        StringBuilder text = new StringBuilder(french ? "Article " + n + ". " : "Article " + n + ". ");
        int i = n;
        do {
            text.append(paragraphs[i++ % paragraphs.length]).append(' ');
        } while (text.length() < bytes);
        return text.toString().trim();
    }
}
