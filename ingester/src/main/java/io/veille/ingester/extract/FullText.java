package io.veille.ingester.extract;

import io.veille.common.event.RawArticle;
import io.veille.common.event.RawArticleBuilder;
import io.veille.ingester.normalize.ArticleNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Completes an excerpt-only raw article with the body extracted from its page: the page's HTML and
 * text replace the excerpt (so the content hash changes), {@code excerptOnly} becomes false, links and
 * images are merged, and what the feed lacked is taken from the page (author, language, a real date
 * when the feed had none). Id, URL, GUID, feed fields and title stay as the feed gave them.
 */
public final class FullText {
    private FullText() {
    }

    /**
     * The article completed with {@code page}; the article unchanged when the page holds less text
     * than the excerpt (a paywall, a consent wall, a failed extraction).
     */
    public static RawArticle merge(RawArticle article, ExtractedArticle page) {
        String excerpt = article.text() == null ? "" : article.text();
        if (page.text().isBlank() || page.text().length() <= excerpt.length()) {
            return article;
        }
        RawArticleBuilder b = RawArticleBuilder.from(article)
                .contentHtml(page.html())
                .text(page.text())
                .excerptOnly(false)
                .contentHash(ArticleNormalizer.contentHash(article.title(), page.text()));
        Element body = Jsoup.parseBodyFragment(page.html()).body();
        LinkedHashSet<String> links = new LinkedHashSet<>(article.links());
        for (Element a : body.select("a[href]")) {
            if (HTTP.matcher(a.attr("href")).lookingAt()) {
                links.add(a.attr("href"));
            }
        }
        LinkedHashSet<String> images = new LinkedHashSet<>(article.images());
        if (page.mainImage() != null) {
            images.add(page.mainImage());
        }
        for (Element img : body.select("img[src]")) {
            if (HTTP.matcher(img.attr("src")).lookingAt()) {
                images.add(img.attr("src"));
            }
        }
        b.links(new ArrayList<>(links)).images(new ArrayList<>(images));
        if (article.authors().isEmpty() && page.byline() != null) {
            b.authors(List.of(page.byline()));
        }
        if (article.languageHint() == null && page.lang() != null) {
            b.languageHint(page.lang());
        }
        if (article.dateMissing() && page.publishedAt() != null) {
            b.publishedAt(page.publishedAt()).dateMissing(false);
        }
        return b.build();
    }

    private static final Pattern HTTP = Pattern.compile("https?://");
}
