package io.veille.common.event;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleIdsTest {
    @Test
    void theIdIsAStable32HexDigitHashOfTheCanonicalUrl() {
        String id = ArticleIds.fromCanonicalUrl("https://example.org/a");
        assertThat(id).hasSize(32).matches("[0-9a-f]{32}");
        // SHA-256("https://example.org/a"), first 16 bytes: pinned so that the rule never drifts.
        assertThat(id).isEqualTo(ArticleIds.sha256Hex("https://example.org/a").substring(0, 32));
        assertThat(ArticleIds.fromCanonicalUrl("https://example.org/a")).isEqualTo(id);
        assertThat(ArticleIds.fromCanonicalUrl("https://example.org/b")).isNotEqualTo(id);
    }

    @Test
    void aGuidIsScopedByItsFeed() {
        assertThat(ArticleIds.fromGuid("feed-a", "42")).isNotEqualTo(ArticleIds.fromGuid("feed-b", "42"));
    }

    @Test
    void theRuleIsPinnedToAKnownValue() {
        assertThat(ArticleIds.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ArticleIds.fromCanonicalUrl("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223");
    }
}
