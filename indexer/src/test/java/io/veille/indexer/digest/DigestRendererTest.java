package io.veille.indexer.digest;

import io.veille.indexer.query.Results.ArticleHit;
import io.veille.indexer.query.Results.UpcomingEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DigestRendererTest {
    private static final Instant SINCE = Instant.parse("2026-11-28T08:00:00Z");

    private static Digest digest() {
        ArticleHit hit = new ArticleHit("a1", "<script>alert(1)</script> Open source & the State", "javascript:alert(1)",
                "Le Blog", SINCE.plusSeconds(3600), "fr", List.of("open-source"), "s1", false, null, null, null);
        UpcomingEvent event = new UpcomingEvent("deadline", "consultation", "Consultation publique", LocalDate.of(2026, 12, 15),
                LocalDate.of(2026, 12, 15), null, "Bruxelles", "a1", "Title", "https://example.org/a1", "Le Blog", List.of());
        return new Digest(SINCE, SINCE.plusSeconds(86400), List.of(new Digest.TopicSection("open-source", 3,
                List.of(new Digest.Story("s1", hit, List.of(hit, hit))))), List.of(event));
    }

    @Test
    void htmlEscapesEveryTextAndKeepsOnlyWebLinks() {
        String html = DigestRenderer.render(digest(), DigestRenderer.Format.HTML);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").contains("&amp; the State");
        assertThat(html).doesNotContain("javascript:").contains("href=\"#\"");
        assertThat(html).contains("+2 more on this story").contains("Consultation publique");
    }

    @Test
    void markdownListsTopicsStoriesAndEvents() {
        String md = DigestRenderer.render(digest(), DigestRenderer.Format.MD);
        assertThat(md).contains("## open-source (3 articles)", "(+2 more on this story)", "## Upcoming events and deadlines",
                "2026-12-15 · deadline: Consultation publique (Bruxelles)");
    }

    @Test
    void anEmptyDigestSaysThereIsNothingNew() {
        Digest empty = new Digest(SINCE, SINCE.plusSeconds(86400), List.of(), List.of());
        assertThat(DigestRenderer.render(empty, DigestRenderer.Format.MD)).contains("Nothing new since 2026-11-28 08:00 UTC.");
        assertThat(DigestRenderer.render(empty, DigestRenderer.Format.JSON)).contains("\"topics\" : [ ]");
    }
}
