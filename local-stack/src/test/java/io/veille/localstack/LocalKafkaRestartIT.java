package io.veille.localstack;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A broker that crashed comes back on the same work dir, keeps its data, and shrugs off stale files. */
class LocalKafkaRestartIT {
    @TempDir
    Path dir;

    @Test
    void aCrashedBrokerRestartsOnItsDataDespiteAStalePidFile() throws Exception {
        try (LocalKafka kafka = new LocalKafka(dir.resolve("kafka"), 0)) {
            kafka.start();
            send(kafka, "before-crash");
            long pid = Long.parseLong(Files.readString(dir.resolve("kafka/kafka.pid")).trim());
            kafka.kill();
            assertThat(ProcessHandle.of(pid)).isEmpty();
            // what a crash of the parent leaves behind: a pid file naming a process that is gone
            Files.writeString(dir.resolve("kafka/kafka.pid"), Long.toString(pid));

            kafka.start();
            send(kafka, "after-restart");
            assertThat(readAll(kafka)).containsExactly("before-crash", "after-restart");
            kafka.stop();
            assertThat(ProcessHandle.of(pid)).isEmpty();
            assertThat(kafka.isRunning()).isFalse();
        }
    }

    private static void send(LocalKafka kafka, String value) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("restart-test", value)).get();
        }
    }

    private static List<String> readAll(LocalKafka kafka) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "restart-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("restart-test"));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < 2 && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.value()));
            }
            return values;
        }
    }
}
