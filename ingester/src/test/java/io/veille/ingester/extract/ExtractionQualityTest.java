package io.veille.ingester.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veille.ingester.Fixtures;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extraction quality on the evaluation set (src/test/resources/extract/pages: article pages written
 * in the templates of WordPress, Ghost, Medium-like, news and hand-made blog sites, each with its
 * hand-made reference body). Prints per-page and mean precision, recall and F1 over 4-word shingles.
 */
class ExtractionQualityTest {
    record Result(String page, String template, ShingleScore score, ExtractedArticle article, JsonNode expected) {
    }

    static final List<Result> RESULTS = new ArrayList<>();

    @BeforeAll
    static void extractAll() throws Exception {
        JsonNode index = new ObjectMapper().readTree(Fixtures.text("extract/pages/index.json"));
        ArticleExtractor extractor = new ArticleExtractor();
        for (JsonNode page : index) {
            String name = page.path("page").asText();
            String html = Fixtures.text("extract/pages/" + name);
            String reference = Fixtures.text("extract/pages/" + name.replace(".html", ".txt"));
            ExtractedArticle a = extractor.extract(html, URI.create(page.path("url").asText()));
            RESULTS.add(new Result(name, page.path("template").asText(), ShingleScore.of(a.text(), reference), a, page));
        }
        double p = RESULTS.stream().mapToDouble(r -> r.score().precision()).average().orElse(0);
        double r = RESULTS.stream().mapToDouble(x -> x.score().recall()).average().orElse(0);
        double f = RESULTS.stream().mapToDouble(x -> x.score().f1()).average().orElse(0);
        StringBuilder sb = new StringBuilder("\nExtraction quality, 4-word shingles, ").append(RESULTS.size()).append(" pages\n");
        for (Result x : RESULTS) {
            sb.append(String.format(Locale.ROOT, "  P=%.3f R=%.3f F1=%.3f  %s%n", x.score().precision(), x.score().recall(), x.score().f1(), x.page()));
        }
        sb.append(String.format(Locale.ROOT, "MEAN precision=%.4f recall=%.4f F1=%.4f%n", p, r, f));
        System.out.println(sb);
    }

    @Test
    void evaluationSetHoldsAtLeastFortyPagesInFrenchAndEnglish() {
        assertThat(RESULTS).hasSizeGreaterThanOrEqualTo(40);
        assertThat(RESULTS).extracting(r -> r.expected().path("lang").asText()).contains("fr", "en");
        assertThat(RESULTS).extracting(Result::template).contains("wordpress", "ghost", "medium", "news", "blog");
    }

    @Test
    void meanF1IsAtLeastNinetyPercent() {
        double f = RESULTS.stream().mapToDouble(x -> x.score().f1()).average().orElse(0);
        assertThat(f).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void noPageFallsBelowSeventyPercentF1() {
        assertThat(RESULTS).allSatisfy(r -> assertThat(r.score().f1()).as(r.page()).isGreaterThanOrEqualTo(0.70));
    }

    @Test
    void titleIsTheArticleTitleNotTheSiteName() {
        assertThat(RESULTS).allSatisfy(r -> assertThat(r.article().title()).as(r.page()).isEqualTo(r.expected().path("title").asText()));
    }

    @Test
    void languageIsRead() {
        assertThat(RESULTS).allSatisfy(r -> assertThat(r.article().lang()).as(r.page()).isEqualTo(r.expected().path("lang").asText()));
    }

    @Test
    void bylineIsReadOnEveryTemplate() {
        assertThat(RESULTS).allSatisfy(r -> assertThat(r.article().byline()).as(r.page()).isEqualTo(r.expected().path("byline").asText()));
    }

    @Test
    void publicationDayIsReadOnEveryTemplate() {
        assertThat(RESULTS).allSatisfy(r -> {
            Instant expected = Instant.parse(r.expected().path("publishedAt").asText());
            assertThat(r.article().publishedAt()).as(r.page()).isNotNull();
            assertThat(r.article().publishedAt().toString().substring(0, 10)).as(r.page()).isEqualTo(expected.toString().substring(0, 10));
        });
    }

    @Test
    void commentsCookieBannersAndRelatedListsAreGone() {
        assertThat(RESULTS).allSatisfy(r -> assertThat(r.article().text()).as(r.page())
                .doesNotContain("cookies", "Reply", "Répondre", "Newsletter", "Lettre d'information", "Copy link", "Copier le lien"));
    }
}
