package io.veille.indexer.write;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OffsetLedgerTest {
    private final TopicPartition p0 = new TopicPartition("t", 0);
    private final TopicPartition p1 = new TopicPartition("t", 1);

    @Test
    void nothingIsCommittableWhileTheFirstRecordIsStillBeingWritten() {
        OffsetLedger ledger = new OffsetLedger();
        ledger.started(p0, 10);
        ledger.started(p0, 11);
        ledger.finished(p0, 11);
        assertThat(ledger.toCommit()).containsEntry(p0, new OffsetAndMetadata(10));
    }

    @Test
    void whenEveryRecordIsWrittenTheOffsetAfterTheLastIsCommittable() {
        OffsetLedger ledger = new OffsetLedger();
        ledger.started(p0, 10);
        ledger.started(p0, 11);
        ledger.finished(p0, 11);
        ledger.finished(p0, 10);
        assertThat(ledger.toCommit()).containsEntry(p0, new OffsetAndMetadata(12));
        assertThat(ledger.inFlight()).isZero();
    }

    @Test
    void anOffsetAlreadyCommittedIsNotCommittedAgain() {
        OffsetLedger ledger = new OffsetLedger();
        ledger.started(p0, 5);
        ledger.finished(p0, 5);
        Map<TopicPartition, OffsetAndMetadata> first = ledger.toCommit();
        ledger.markCommitted(first);
        assertThat(ledger.toCommit()).isEmpty();
    }

    @Test
    void partitionsAreIndependent() {
        OffsetLedger ledger = new OffsetLedger();
        ledger.started(p0, 0);
        ledger.started(p1, 0);
        ledger.finished(p1, 0);
        assertThat(ledger.toCommit()).containsEntry(p0, new OffsetAndMetadata(0)).containsEntry(p1, new OffsetAndMetadata(1));
        assertThat(ledger.toCommit(List.of(p1))).containsOnlyKeys(p1);
    }

    @Test
    void aLostPartitionIsForgottenAndItsLateCompletionsIgnored() {
        OffsetLedger ledger = new OffsetLedger();
        ledger.started(p0, 0);
        ledger.forget(List.of(p0));
        ledger.finished(p0, 0);
        assertThat(ledger.toCommit()).isEmpty();
        assertThat(ledger.inFlight()).isZero();
    }
}
