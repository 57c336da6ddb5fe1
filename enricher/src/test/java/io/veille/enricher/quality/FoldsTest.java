package io.veille.enricher.quality;

import io.veille.enricher.devset.DevArticle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FoldsTest {
    private static DevArticle article(String id) {
        return new DevArticle(id, "dev", "en", "t", "x", null, List.of(), false, List.of());
    }

    @Test
    void aBatchIsWhatPrecedesTheNumberOfAnId() {
        assertThat(Folds.batch("y-en-042")).isEqualTo("y-en");
        assertThat(Folds.batch("fr-007")).isEqualTo("fr");
        assertThat(Folds.batch("ev-fr-131")).isEqualTo("ev-fr");
    }

    @Test
    void byBatchPutsEveryArticleOfABatchInOneFoldAndEachBatchInItsOwn() {
        List<DevArticle> dev = Stream.of("en-001", "y-en-001", "en-002", "z-fr-003", "y-en-004").map(FoldsTest::article).toList();
        Folds folds = Folds.byBatch(dev);
        assertThat(folds.names()).containsExactly("en", "y-en", "z-fr");
        assertThat(folds.of()).containsExactly(0, 1, 0, 2, 1);
    }

    @Test
    void interleavedFoldsTakeTheIndexModuloTheCount() {
        List<DevArticle> dev = Stream.of("a-1", "a-2", "a-3", "a-4").map(FoldsTest::article).toList();
        assertThat(Folds.interleaved(dev, 3).of()).containsExactly(0, 1, 2, 0);
    }
}
