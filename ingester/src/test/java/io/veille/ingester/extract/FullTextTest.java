package io.veille.ingester.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.veille.common.event.RawArticle;
import io.veille.common.event.RawArticleBuilder;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FullTextTest {
    static final Path PAGE = Path.of("..", "samples", "feeds", "pages", "security", "passkeys-adoption-banks.html");
    static final String URL = "https://demo.veille.test/pages/security/passkeys-adoption-banks.html";

    private static RawArticle excerpt(boolean dateMissing) {
        return RawArticleBuilder.article().url(URL).title("Passkeys reach retail banking").feedId("f")
                .text("Three large retail banks now let customers log in with passkeys…").excerptOnly(true)
                .publishedAt(Instant.parse("2026-02-09T00:00:00Z")).dateMissing(dateMissing).build();
    }

    @Test
    void excerptIsReplacedByThePageBodyAndTheHashChanges() throws Exception {
        ExtractedArticle page = new ArticleExtractor().extract(Files.readString(PAGE), URI.create(URL));
        RawArticle before = excerpt(true);
        RawArticle after = FullText.merge(before, page);
        assertThat(after.excerptOnly()).isFalse();
        assertThat(after.text()).isEqualTo(page.text());
        assertThat(after.contentHash()).isNotEqualTo(before.contentHash());
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.authors()).isEqualTo(List.of("Tomás Quiroga"));
        assertThat(after.publishedAt()).isEqualTo(Instant.parse("2026-01-30T11:45:00Z"));
        assertThat(after.dateMissing()).isFalse();
        assertThat(after.images()).contains("https://demo.veille.test/img/passkeys-adoption-banks.jpg");
    }

    @Test
    void pageWithLessTextThanTheExcerptLeavesTheArticleAlone() {
        ExtractedArticle wall = new ExtractedArticle(URL, "t", null, null, "en", null, "<p>Subscribe</p>", "Subscribe");
        RawArticle before = excerpt(false);
        assertThat(FullText.merge(before, wall)).isSameAs(before);
    }
}
