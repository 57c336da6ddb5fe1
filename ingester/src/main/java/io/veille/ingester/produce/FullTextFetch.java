package io.veille.ingester.produce;

import io.veille.common.event.RawArticle;
import io.veille.ingester.extract.ArticleExtractor;
import io.veille.ingester.extract.ExtractedArticle;
import io.veille.ingester.extract.FullText;
import io.veille.ingester.fetch.FetchException;
import io.veille.ingester.fetch.FetchRequest;
import io.veille.ingester.fetch.FetchResult;
import io.veille.ingester.fetch.Fetcher;
import io.veille.ingester.fetch.RobotsPolicy;

import java.net.URI;

/**
 * For feeds with {@code fullText}: fetches an excerpt-only article's page — when its host's
 * robots.txt allows it — and completes it with {@link FullText#merge}. The poller records the feed
 * item's own content hash as seen, so a page that changes alone never makes an update. Any failure
 * leaves the article as the feed gave it.
 */
public final class FullTextFetch {
    private final Fetcher fetcher;
    private final RobotsPolicy robots;
    private final ArticleExtractor extractor = new ArticleExtractor();

    public FullTextFetch(Fetcher fetcher, RobotsPolicy robots) {
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
            return FullText.merge(article, extracted);
        } catch (FetchException | IllegalArgumentException e) {
            return article;
        }
    }
}
