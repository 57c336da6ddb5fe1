package io.veille.common.kafka;

import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.DescribeTopicsResult;
import org.apache.kafka.clients.admin.MockAdminClient;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicCollection;
import org.apache.kafka.common.TopicPartitionInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopicBootstrapTest {
    private static final Node BROKER = new Node(0, "localhost", 9092);
    private static final List<VeilleTopics.TopicSpec> SPECS = new VeilleTopics("t.").specs(3);

    /** An admin client whose new partitions have no leader for the first {@code leaderlessAnswers} descriptions. */
    private static final class SlowElection extends MockAdminClient {
        final AtomicInteger descriptions = new AtomicInteger();
        private final int leaderlessAnswers;

        SlowElection(int leaderlessAnswers) {
            super(List.of(BROKER), BROKER);
            this.leaderlessAnswers = leaderlessAnswers;
        }

        @Override
        public synchronized DescribeTopicsResult describeTopics(TopicCollection topics, DescribeTopicsOptions options) {
            DescribeTopicsResult real = super.describeTopics(topics, options);
            if (descriptions.incrementAndGet() > leaderlessAnswers) {
                return real;
            }
            Map<String, KafkaFuture<TopicDescription>> leaderless = real.topicNameValues().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().thenApply(SlowElection::withoutLeaders)));
            return new DescribeTopicsResult(null, leaderless) { };
        }

        private static TopicDescription withoutLeaders(TopicDescription topic) {
            List<TopicPartitionInfo> partitions = topic.partitions().stream()
                    .map(p -> new TopicPartitionInfo(p.partition(), null, p.replicas(), p.isr()))
                    .toList();
            return new TopicDescription(topic.name(), topic.isInternal(), partitions);
        }
    }

    @Test
    void returnsOnlyOnceEveryNewPartitionHasALeader() {
        SlowElection admin = new SlowElection(3);

        var created = new TopicBootstrap(admin, (short) 1, Duration.ofSeconds(10)).createMissing(SPECS);

        assertThat(created).hasSize(SPECS.size());
        assertThat(admin.descriptions).hasValue(4);
    }

    @Test
    void leavesExistingTopicsAloneAndDoesNotWaitForThem() {
        SlowElection admin = new SlowElection(Integer.MAX_VALUE);
        SPECS.forEach(spec -> admin.addTopic(false, spec.name(),
                List.of(new TopicPartitionInfo(0, BROKER, List.of(BROKER), List.of(BROKER))), Map.of()));

        assertThat(new TopicBootstrap(admin, (short) 1, Duration.ofSeconds(10)).createMissing(SPECS)).isEmpty();
        assertThat(admin.descriptions).hasValue(0);
    }

    @Test
    void givesUpWithAClearErrorWhenNoLeaderIsElected() {
        SlowElection admin = new SlowElection(Integer.MAX_VALUE);

        assertThatThrownBy(() -> new TopicBootstrap(admin, (short) 1, Duration.ofMillis(500)).createMissing(SPECS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("still have no leader");
    }
}
