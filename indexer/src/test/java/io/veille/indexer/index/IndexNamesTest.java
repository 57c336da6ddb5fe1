package io.veille.indexer.index;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndexNamesTest {
    @Test
    void versionedIndicesAreTheAliasWithAVersionSuffix() {
        assertThat(IndexNames.versioned("veille-articles", 3)).isEqualTo("veille-articles-v3");
        assertThat(IndexNames.versionOf("veille-articles", "veille-articles-v12")).hasValue(12);
    }

    @Test
    void otherIndicesHaveNoVersion() {
        assertThat(IndexNames.versionOf("veille-articles", "veille-articles-old")).isEmpty();
        assertThat(IndexNames.versionOf("veille-articles", "other-articles-v1")).isEmpty();
    }
}
