package io.veille.indexer.write;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ItemOutcomeTest {
    @Test
    void aVersionConflictMeansANewerVersionIsStoredWhichIsSuccess() {
        assertThat(ItemOutcome.classify(409, "version_conflict_engine_exception")).isEqualTo(ItemOutcome.SUPERSEDED);
    }

    @Test
    void tooManyRequestsServerErrorsAndBlocksAreRetried() {
        assertThat(ItemOutcome.classify(429, "es_rejected_execution_exception")).isEqualTo(ItemOutcome.RETRY);
        assertThat(ItemOutcome.classify(503, "unavailable_shards_exception")).isEqualTo(ItemOutcome.RETRY);
        assertThat(ItemOutcome.classify(403, "cluster_block_exception")).isEqualTo(ItemOutcome.RETRY);
    }

    @Test
    void aMappingOrParsingErrorIsARejection() {
        assertThat(ItemOutcome.classify(400, "document_parsing_exception")).isEqualTo(ItemOutcome.REJECTED);
        assertThat(ItemOutcome.classify(400, "strict_dynamic_mapping_exception")).isEqualTo(ItemOutcome.REJECTED);
    }

    @Test
    void createdOrUpdatedIsWritten() {
        assertThat(ItemOutcome.classify(201, null)).isEqualTo(ItemOutcome.WRITTEN);
        assertThat(ItemOutcome.classify(200, null)).isEqualTo(ItemOutcome.WRITTEN);
    }
}
