package io.veille.enricher.stream;

import io.veille.common.event.RawArticle;
import io.veille.common.event.RawArticleBuilder;

import java.time.Instant;
import java.util.List;

/** The articles the enricher's integration tests and throughput measurement send: about 3 KB of text each. */
public final class EnricherITArticles {
    private static final String PARAGRAPH = "La Commission européenne ouvre une consultation sur les logiciels libres et la souveraineté numérique. "
            + "Les développeurs, les entreprises et les administrations sont invités à répondre avant la date de clôture. ";

    private EnricherITArticles() {
    }

    public static RawArticle article(int n) {
        return RawArticleBuilder.article().url("https://news.example.org/articles/" + n).feedId("feed-" + (n % 7))
                .source("Example News").title("Article numéro " + n).text(PARAGRAPH.repeat(14))
                .publishedAt(Instant.parse("2026-02-02T10:00:00Z").plusSeconds(n)).fetchedAt(Instant.now())
                .categories(List.of(n % 2 == 0 ? "open-source" : "digital-sovereignty")).languageHint("fr").build();
    }
}
