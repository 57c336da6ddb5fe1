package io.veille.common.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link RawArticle} field by field. The id is derived from the URL by {@link ArticleIds}
 * unless set, and the content hash from the title and text unless set.
 */
public final class RawArticleBuilder {
    private String id;
    private String url;
    private String guid;
    private String feedId;
    private String feedUrl;
    private String source;
    private String title;
    private List<String> authors = new ArrayList<>();
    private Instant publishedAt;
    private Instant updatedAt;
    private Instant fetchedAt;
    private boolean dateMissing;
    private String contentHtml;
    private String text;
    private boolean excerptOnly;
    private List<String> links = new ArrayList<>();
    private List<String> images = new ArrayList<>();
    private List<RawArticle.Enclosure> enclosures = new ArrayList<>();
    private List<String> categories = new ArrayList<>();
    private List<String> feedTags = new ArrayList<>();
    private String languageHint;
    private String contentHash;

    public static RawArticleBuilder article() {
        return new RawArticleBuilder();
    }

    /** A builder holding every field of {@code article}, to derive a changed copy. */
    public static RawArticleBuilder from(RawArticle article) {
        RawArticleBuilder b = new RawArticleBuilder();
        b.id = article.id();
        b.url = article.url();
        b.guid = article.guid();
        b.feedId = article.feedId();
        b.feedUrl = article.feedUrl();
        b.source = article.source();
        b.title = article.title();
        b.authors = new ArrayList<>(article.authors());
        b.publishedAt = article.publishedAt();
        b.updatedAt = article.updatedAt();
        b.fetchedAt = article.fetchedAt();
        b.dateMissing = article.dateMissing();
        b.contentHtml = article.contentHtml();
        b.text = article.text();
        b.excerptOnly = article.excerptOnly();
        b.links = new ArrayList<>(article.links());
        b.images = new ArrayList<>(article.images());
        b.enclosures = new ArrayList<>(article.enclosures());
        b.categories = new ArrayList<>(article.categories());
        b.feedTags = new ArrayList<>(article.feedTags());
        b.languageHint = article.languageHint();
        b.contentHash = article.contentHash();
        return b;
    }

    public RawArticleBuilder id(String id) { this.id = id; return this; }
    public RawArticleBuilder url(String url) { this.url = url; return this; }
    public RawArticleBuilder guid(String guid) { this.guid = guid; return this; }
    public RawArticleBuilder feedId(String feedId) { this.feedId = feedId; return this; }
    public RawArticleBuilder feedUrl(String feedUrl) { this.feedUrl = feedUrl; return this; }
    public RawArticleBuilder source(String source) { this.source = source; return this; }
    public RawArticleBuilder title(String title) { this.title = title; return this; }
    public RawArticleBuilder authors(List<String> authors) { this.authors = new ArrayList<>(authors); return this; }
    public RawArticleBuilder publishedAt(Instant publishedAt) { this.publishedAt = publishedAt; return this; }
    public RawArticleBuilder updatedAt(Instant updatedAt) { this.updatedAt = updatedAt; return this; }
    public RawArticleBuilder fetchedAt(Instant fetchedAt) { this.fetchedAt = fetchedAt; return this; }
    public RawArticleBuilder dateMissing(boolean dateMissing) { this.dateMissing = dateMissing; return this; }
    public RawArticleBuilder contentHtml(String contentHtml) { this.contentHtml = contentHtml; return this; }
    public RawArticleBuilder text(String text) { this.text = text; return this; }
    public RawArticleBuilder excerptOnly(boolean excerptOnly) { this.excerptOnly = excerptOnly; return this; }
    public RawArticleBuilder links(List<String> links) { this.links = new ArrayList<>(links); return this; }
    public RawArticleBuilder images(List<String> images) { this.images = new ArrayList<>(images); return this; }
    public RawArticleBuilder enclosures(List<RawArticle.Enclosure> enclosures) { this.enclosures = new ArrayList<>(enclosures); return this; }
    public RawArticleBuilder categories(List<String> categories) { this.categories = new ArrayList<>(categories); return this; }
    public RawArticleBuilder feedTags(List<String> feedTags) { this.feedTags = new ArrayList<>(feedTags); return this; }
    public RawArticleBuilder languageHint(String languageHint) { this.languageHint = languageHint; return this; }
    public RawArticleBuilder contentHash(String contentHash) { this.contentHash = contentHash; return this; }

    public RawArticle build() {
        String articleId = id != null ? id : ArticleIds.fromCanonicalUrl(url);
        String hash = contentHash != null ? contentHash
                : ArticleIds.sha256Hex((title == null ? "" : title) + "\n" + (text == null ? "" : text));
        return new RawArticle(RawArticle.SCHEMA_VERSION, articleId, url, guid, feedId, feedUrl, source, title,
                authors, publishedAt, updatedAt, fetchedAt, dateMissing, contentHtml, text, excerptOnly,
                links, images, enclosures, categories, feedTags, languageHint, hash);
    }
}
