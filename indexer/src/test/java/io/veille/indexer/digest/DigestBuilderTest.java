package io.veille.indexer.digest;

import io.veille.indexer.query.Results.ArticleHit;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DigestBuilderTest {
    private static ArticleHit hit(String id, String story, int minute) {
        return new ArticleHit(id, "Title " + id, "https://example.org/" + id, "Source", Instant.parse("2026-11-29T08:00:00Z").plusSeconds(60L * minute),
                "en", List.of("ai"), story, false, null, null, null);
    }

    @Test
    void articlesOfTheSameStoryAreGroupedUnderTheNewest() {
        List<Digest.Story> stories = DigestBuilder.stories(List.of(hit("a", "s1", 9), hit("b", "s2", 8), hit("c", "s1", 7)), 5);
        assertThat(stories).hasSize(2);
        assertThat(stories.get(0).headline().id()).isEqualTo("a");
        assertThat(stories.get(0).related()).extracting(ArticleHit::id).containsExactly("c");
    }

    @Test
    void biggerStoriesComeFirstAndOnlyTheTopOnesAreKept() {
        List<Digest.Story> stories = DigestBuilder.stories(List.of(hit("a", "s1", 9), hit("b", "s2", 8), hit("c", "s2", 7),
                hit("d", "s3", 6)), 2);
        assertThat(stories).extracting(Digest.Story::storyId).containsExactly("s2", "s1");
    }

    @Test
    void anArticleWithoutStoryIsItsOwnStory() {
        List<Digest.Story> stories = DigestBuilder.stories(List.of(hit("a", null, 9), hit("b", null, 8)), 5);
        assertThat(stories).extracting(Digest.Story::storyId).containsExactly("a", "b");
    }
}
