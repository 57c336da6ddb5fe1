package io.veille.indexer.reindex;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressBarTest {
    @Test
    void theBarFillsInProportionToTheWorkDone() {
        assertThat(ProgressBar.line("Reindexing", 50, 100)).isEqualTo("Reindexing [###############...............]  50%  50/100");
        assertThat(ProgressBar.line("Reindexing", 0, 0)).contains("100%");
        assertThat(ProgressBar.line("Reindexing", 120, 100)).contains("100%").contains("120/100");
    }
}
