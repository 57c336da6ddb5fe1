package io.veille.bench.run;

import io.veille.bench.report.BenchReport;
import io.veille.bench.report.BenchReport.Section;
import io.veille.common.event.RawArticle;
import io.veille.common.kafka.Serdes;
import io.veille.common.kafka.VeilleTopics;
import io.veille.ingester.produce.KafkaArticleSink;
import io.veille.ingester.registry.KafkaClients;
import org.apache.kafka.clients.admin.Admin;

import java.util.List;
import java.util.Map;

/**
 * Measurement 1: what the broker takes. The N raw articles are produced with the ingester's own producer
 * ({@link KafkaArticleSink}: the real serde, {@code acks=all}, idempotence, zstd, linger 20 ms) to a topic of
 * the run with as many partitions as the article topics; the clock stops when every send is acknowledged.
 */
public final class KafkaBaseline {
    private KafkaBaseline() {
    }

    public static void run(BenchContext ctx, List<RawArticle> articles) throws Exception {
        BenchContext.ServiceConfig part = ctx.config("kafka-baseline", Map.of());
        VeilleTopics topics = ctx.topics("kafka-baseline");
        String topic = topics.articlesRaw();
        Map<String, Object> props = KafkaClients.common(part.config());
        try (Admin admin = Admin.create(props)) {
            new io.veille.common.kafka.TopicBootstrap(admin, (short) -1)
                    .createMissing(List.of(new VeilleTopics.TopicSpec(topic, ctx.partitions(), false)));
        }
        long bytes = 0;
        var serializer = Serdes.rawArticle().serializer();
        for (int i = 0; i < Math.min(500, articles.size()); i++) {
            bytes += serializer.serialize(topic, articles.get(i)).length;
        }
        double recordKiB = bytes / 1024.0 / Math.min(500, articles.size());
        ctx.progress("Kafka baseline: %,d raw articles to %s", articles.size(), topic);
        long t0;
        long elapsed;
        Map<String, Double> cpuBefore;
        try (KafkaArticleSink sink = new KafkaArticleSink(props, topic)) {
            sink.send(articles.get(0)); // connects and fetches metadata outside the clock
            sink.flush();
            cpuBefore = StackCpu.snapshot();
            t0 = System.nanoTime();
            for (int i = 1; i < articles.size(); i++) {
                sink.send(articles.get(i));
            }
            sink.flush();
            elapsed = System.nanoTime() - t0;
        }
        Map<String, Double> cpu = StackCpu.between(cpuBefore, StackCpu.snapshot());
        int timed = articles.size() - 1;
        BenchReport r = ctx.report();
        r.figure(Section.KAFKA, "recordsPerSecond", "records/s, produced and acknowledged", timed / (elapsed / 1e9), "records/s");
        r.figure(Section.KAFKA, "mebibytesPerSecond", "serialized MiB/s (before compression)", timed * recordKiB / 1024 / (elapsed / 1e9), "MiB/s");
        r.figure(Section.KAFKA, "recordKiB", "average serialized record", recordKiB, "KiB");
        StackCpu.report(r, Section.KAFKA, cpu, timed, "record");
        try (Admin admin = Admin.create(props)) {
            admin.deleteTopics(List.of(topic)).all().get();
        } catch (Exception e) {
            ctx.progress("Kafka baseline: cannot delete %s (%s)", topic, e.getMessage());
        }
    }
}
