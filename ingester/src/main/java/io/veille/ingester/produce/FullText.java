package io.veille.ingester.produce;

import io.veille.common.event.RawArticle;
import io.veille.common.event.RawArticleBuilder;
import io.veille.ingester.extract.ArticleExtractor;
import io.veille.ingester.extract.ExtractedArticle;
import io.veille.ingester.fetch.FetchException;
import io.veille.ingester.fetch.FetchRequest;
import io.veille.ingester.fetch.FetchResult;
import io.veille.ingester.fetch.Fetcher;
import io.veille.ingester.fetch.RobotsPolicy;

import java.net.URI;

/**
 * For feeds with {@code fullText}: fetches an excerpt-only article's page — when its host's
 * robots.txt allows it — and replaces the excerpt with the page's main text. The content hash is
 * kept (it is the feed item's), so a page that changes alone never makes an update. Any failure
 * leaves the article as the feed gave it.
 */
public final class FullText {
    private final Fetcher fetcher;
    private final RobotsPolicy robots;
    private final ArticleExtractor extractor = new ArticleExtractor();

    public FullText(Fetcher fetcher, RobotsPolicy robots) {
        this.fetcher = fetcher;
        this.robots = robots;
    }

    public RawArticle complete(RawArticle article) throws InterruptedException {
        if (!article.excerptOnly()) {
            return article;
        }
        try {
            URI page = URI.create(article.url());
            if (!robots.allows(page)) {
                return article;
            }
            FetchResult result = fetcher.fetch(FetchRequest.of(page));
            ExtractedArticle extracted = extractor.extract(result.body(), result.contentType(), result.finalUrl());
            String current = article.text() == null ? "" : article.text();
            if (extracted.text() == null || extracted.text().length() <= current.length()) {
                return article;
            }
            return RawArticleBuilder.from(article).contentHtml(extracted.html()).text(extracted.text())
                    .excerptOnly(false).contentHash(article.contentHash()).build();
        } catch (FetchException | IllegalArgumentException e) {
            return article;
        }
    }
}
