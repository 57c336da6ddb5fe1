package io.veille.app.up;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineProgressTest {
    private static final TopicPartition P0 = new TopicPartition("veille.articles.raw", 0);
    private static final TopicPartition P1 = new TopicPartition("veille.articles.raw", 1);

    @Test
    void aStageHasCaughtUpOnlyWhenEveryPartitionHasReachedItsTarget() {
        assertThat(PipelineProgress.reached(Map.of(P0, 10L, P1, 4L), Map.of(P0, 10L, P1, 4L))).isTrue();
        assertThat(PipelineProgress.reached(Map.of(P0, 10L, P1, 3L), Map.of(P0, 10L, P1, 4L))).isFalse();
    }

    @Test
    void aPartitionWithoutACommittedOffsetHasReadNothing() {
        assertThat(PipelineProgress.reached(Map.of(P0, 10L), Map.of(P0, 10L, P1, 1L))).isFalse();
        assertThat(PipelineProgress.reached(Map.of(P0, 10L), Map.of(P0, 10L, P1, 0L))).isTrue();
    }
}
