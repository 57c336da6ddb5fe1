package io.veille.enricher;

import io.veille.common.event.RawArticle;
import io.veille.common.event.RawArticleBuilder;
import io.veille.enricher.taxonomy.TaxonomyException;
import io.veille.enricher.taxonomy.TaxonomyLoader;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiveUnderstandingTest {
    private static final RawArticle ARTICLE = RawArticleBuilder.article().url("https://example.org/rust")
            .title("Rust in the kernel").text("The rust compiler joins the kernel toolchain; maintainers welcome it.")
            .publishedAt(Instant.parse("2026-03-01T10:00:00Z")).build();

    @Test
    void aNewTaxonomyTagsTheNextArticlesAndIsRecordedOnThem() {
        LiveUnderstanding understanding = new LiveUnderstanding(TaxonomyLoader.loadDefault());
        String bundled = understanding.taxonomy().version();
        assertThat(understanding.enrich(ARTICLE).taxonomyVersion()).isEqualTo(bundled);

        understanding.useTaxonomy("""
                version: "newsroom-7"
                topics:
                  - id: rust
                    threshold: 1.0
                    terms:
                      en: { rust: 2.0 }
                """);
        var enriched = understanding.enrich(ARTICLE);
        assertThat(enriched.taxonomyVersion()).isEqualTo("newsroom-7");
        assertThat(enriched.topicIds()).containsExactly("rust");
    }

    @Test
    void aTaxonomyThatDoesNotLoadIsRefusedAndTheCurrentOneStays() {
        LiveUnderstanding understanding = new LiveUnderstanding(TaxonomyLoader.loadDefault());
        String bundled = understanding.taxonomy().version();
        assertThatThrownBy(() -> understanding.useTaxonomy("topics: [ this is not: a taxonomy"))
                .isInstanceOf(TaxonomyException.class);
        assertThat(understanding.enrich(ARTICLE).taxonomyVersion()).isEqualTo(bundled);
    }
}
