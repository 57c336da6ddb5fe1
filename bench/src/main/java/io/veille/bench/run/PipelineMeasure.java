package io.veille.bench.run;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.veille.bench.generate.ArticleGenerator;
import io.veille.bench.report.BenchReport;
import io.veille.bench.report.BenchReport.Section;
import io.veille.bench.report.Percentiles;
import io.veille.common.event.RawArticle;
import io.veille.common.kafka.TopicBootstrap;
import io.veille.indexer.IndexerSettings;
import io.veille.indexer.index.ElasticsearchClients;
import io.veille.ingester.produce.KafkaArticleSink;
import io.veille.ingester.registry.KafkaClients;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Measurements 5 and 6: the pipeline end to end, and the memory of its services. The enricher and the
 * indexer run as child JVMs ({@link ServiceProcess}) on the run's own topics and alias. Then:
 * <ol>
 *   <li>capacity: the N raw articles are produced as fast as the ingester's producer sends them; the clock
 *       runs from the first send until Elasticsearch counts N searchable documents;</li>
 *   <li>latency: fresh articles (from the same generator, never seen before) are produced at a steady
 *       50 % of that capacity; each one's latency runs from its send to the first search that finds it
 *       (searches every {@value #POLL_MILLIS} ms, so a latency is late by at most that, never early);</li>
 *   <li>memory: peak RSS and heap of each service over both phases.</li>
 * </ol>
 */
public final class PipelineMeasure {
    static final int POLL_MILLIS = 100;

    /** Child JVM settings. */
    public record Services(String enricherHeap, String indexerHeap, List<String> jvmOptions) {
    }

    private PipelineMeasure() {
    }

    public static void run(BenchContext ctx, ArticleGenerator generator, List<RawArticle> articles,
                           int latencySeconds, Services services, Map<String, String> tuning) throws Exception {
        BenchContext.ServiceConfig part = ctx.config("pipeline", tuning);
        TopicBootstrap.ensureTopics(part.config());
        IndexerSettings settings = IndexerSettings.from(part.config());
        String alias = settings.alias();
        String rawTopic = ctx.topics("pipeline").articlesRaw();
        ElasticsearchClient es = ElasticsearchClients.create(settings);
        ServiceProcess enricher = null;
        ServiceProcess indexer = null;
        List<ServiceProcess> started = new ArrayList<>();
        Thread stopOnExit = new Thread(() -> started.forEach(ServiceProcess::close), "bench-stop-services");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        BenchReport r = ctx.report();
        try {
            ctx.progress("pipeline: starting the enricher and the indexer (child JVMs, -Xmx%s / -Xmx%s)",
                    services.enricherHeap(), services.indexerHeap());
            enricher = ServiceProcess.start("enrich", part.file(), services.enricherHeap(), services.jvmOptions(), ctx.outDir().resolve("logs"));
            started.add(enricher);
            indexer = ServiceProcess.start("index", part.file(), services.indexerHeap(), services.jvmOptions(), ctx.outDir().resolve("logs"));
            started.add(indexer);
            if (!enricher.awaitLog("veille enrich: running", Duration.ofMinutes(4))) {
                throw new IllegalStateException("the enricher did not start; see " + enricher.log());
            }
            if (!indexer.awaitLog("Indexing ", Duration.ofMinutes(4))) {
                throw new IllegalStateException("the indexer did not start; see " + indexer.log());
            }
            enricher.startSampling(Duration.ofMillis(200));
            indexer.startSampling(Duration.ofMillis(200));
            Map<String, Object> props = KafkaClients.common(part.config());

            // warm-up: the services' JIT compiles their hot paths on articles that are not measured
            int warmup = warmupArticles(articles.size());
            ctx.progress("pipeline: warming up the services on %,d articles", warmup);
            try (KafkaArticleSink sink = new KafkaArticleSink(props, rawTopic)) {
                for (int i = 0; i < warmup; i++) {
                    sink.send(generator.generate(articles.size() + i).article());
                }
                sink.flush();
            }
            long warmed = awaitCount(es, alias, warmup, System.nanoTime() + Duration.ofMinutes(5).toNanos());
            if (warmed < warmup) {
                throw new IllegalStateException("the pipeline did not index the " + warmup + " warm-up articles in 5 minutes (" + warmed + ")");
            }
            r.setting("pipelineWarmupArticles", warmup);

            // 5a. capacity: N articles, as fast as the producer sends them, until all are searchable
            ctx.progress("pipeline: %,d raw articles to %s, until all are searchable in %s", articles.size(), rawTopic, alias);
            double seconds;
            long before = warmup;
            long[] compileBefore = {enricher.compileMillis(), indexer.compileMillis()};
            Map<String, Double> stackBefore = StackCpu.snapshot();
            try (KafkaArticleSink sink = new KafkaArticleSink(props, rawTopic);
                 EnricherProgress enriched = new EnricherProgress(props, part.config().string("enricher.application-id"), rawTopic)) {
                long t0 = System.nanoTime();
                for (RawArticle a : articles) {
                    sink.send(a);
                }
                sink.flush();
                enriched.awaitCurrentEnd();
                long produced = System.nanoTime() - t0;
                Duration timeout = Duration.ofSeconds(Math.max(300, articles.size() / 10));
                long count = awaitCount(es, alias, before + articles.size(), t0 + timeout.toNanos()) - before;
                long searchable = System.nanoTime() - t0;
                seconds = searchable / 1e9;
                if (count < articles.size()) {
                    r.note("pipeline: only " + count + " of " + articles.size() + " articles searchable after " + timeout.toSeconds() + " s");
                }
                r.figure(Section.PIPELINE, "articlesPerSecond", "articles/s, first produce to all searchable", count / seconds, "articles/s");
                r.figure(Section.PIPELINE, "secondsToSearchable", "time until all N are searchable", seconds, "s");
                r.figure(Section.PIPELINE, "secondsToProduce", "of which producing the N", produced / 1e9, "s");
                long enrichedAt = enriched.reachedAt();
                if (enrichedAt > 0) {
                    r.figure(Section.PIPELINE, "secondsToEnriched", "time until all N are enriched (committed in Kafka)", (enrichedAt - t0) / 1e9, "s");
                    r.figure(Section.PIPELINE, "enrichedPerSecond", "enricher: articles/s through Kafka", articles.size() / ((enrichedAt - t0) / 1e9), "articles/s");
                }
            }
            reportCpuBudget(r, StackCpu.between(stackBefore, StackCpu.snapshot()), articles.size(), seconds);
            // the services' CPU per article is in the budget above; how much of it was still the JIT:
            List<ServiceProcess> both = List.of(enricher, indexer);
            for (int i = 0; i < 2; i++) {
                ServiceProcess service = both.get(i);
                String who = service.name().equals("enrich") ? "enricher" : "indexer";
                long compile = service.compileMillis();
                if (compile >= 0 && compileBefore[i] >= 0) {
                    r.figure(Section.PIPELINE, who + "CapacityCompileSeconds", who + ": of which JIT compilation (still warming up)",
                            (compile - compileBefore[i]) / 1e3, "s");
                }
            }
            double capacity = articles.size() / seconds;
            int timed;

            // 5b. latency at a steady 50 % of that capacity
            double rate = capacity / 2;
            int total = (int) Math.max(1, Math.round(rate * latencySeconds));
            timed = total;
            ctx.progress("pipeline: latency at %.0f articles/s (50 %% of %.0f) for %d s: %,d fresh articles", rate, capacity, latencySeconds, total);
            Latencies latencies = measureLatency(es, alias, props, rawTopic, generator, articles.size() + warmup, total, rate,
                    Duration.ofSeconds(latencySeconds + 120L));
            r.figure(Section.PIPELINE, "offeredLoad", "steady offered load (50 % of capacity)", rate, "articles/s");
            r.figure(Section.PIPELINE, "latencyArticles", "articles timed (produced at that load)", total, "");
            if (latencies.values.length > 0) {
                Percentiles p = new Percentiles(latencies.values);
                r.figure(Section.PIPELINE, "latencyP50", "produce → searchable p50", p.percentile(50), "ms");
                r.figure(Section.PIPELINE, "latencyP95", "produce → searchable p95", p.percentile(95), "ms");
                r.figure(Section.PIPELINE, "latencyP99", "produce → searchable p99", p.percentile(99), "ms");
                r.figure(Section.PIPELINE, "latencyMax", "produce → searchable max", p.max(), "ms");
            }
            if (latencies.values.length < total) {
                r.note("pipeline latency: " + (total - latencies.values.length) + " of " + total + " articles never became searchable in time");
            }

            // 6. memory over both phases
            for (ServiceProcess service : List.of(enricher, indexer)) {
                ServiceProcess.Memory m = service.memory();
                String who = service.name().equals("enrich") ? "enricher" : "indexer";
                r.figure(Section.MEMORY, who + "PeakRssMiB", who + ": peak RSS (VmHWM)", mib(m.peakRss()), "MiB");
                r.figure(Section.MEMORY, who + "PeakHeapMiB", who + ": peak heap in use (sampled every 200 ms)", mib(m.maxHeapUsed()), "MiB");
                r.figure(Section.MEMORY, who + "HeapCommittedMiB", who + ": heap committed, max", mib(m.maxHeapCommitted()), "MiB");
                r.figure(Section.MEMORY, who + "CpuSeconds", who + ": CPU time after start-up (warm-up, capacity, latency)", m.cpuSinceStart() / 1e9, "s");
                r.figure(Section.MEMORY, who + "CpuMillisPerArticle", who + ": CPU time per article", m.cpuSinceStart() / 1e6 / (articles.size() + timed + warmup), "ms");
            }
        } finally {
            for (ServiceProcess s : started) {
                s.close();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException e) {
                // the JVM is already exiting
            }
            ElasticsearchClients.close(es);
        }
    }

    /**
     * Where the machine's CPU went while the N articles went through, per article and by process, and the
     * throughput that CPU allows: the cores divided by the CPU that all of them together need per article.
     * On a machine whose cores the broker, Elasticsearch and the services share, that is the ceiling.
     */
    private static void reportCpuBudget(BenchReport r, Map<String, Double> spent, int articles, double seconds) {
        double total = StackCpu.report(r, Section.PIPELINE, spent, articles, "article");
        int cores = Runtime.getRuntime().availableProcessors();
        r.figure(Section.PIPELINE, "cpuPerArticle.total", "CPU per article, all of them", total * 1e3 / articles, "ms");
        r.figure(Section.PIPELINE, "coresBusy", "cores busy on average (of " + cores + ")", total / seconds, "");
        r.figure(Section.PIPELINE, "cpuCeiling", "articles/s that CPU allows (cores ÷ CPU per article)", cores * articles / total, "articles/s");
    }

    /**
     * Articles sent before the measurement so that the services' JIT has compiled their hot paths, as in
     * a service that has been running for a while: a quarter of N, at least min(2,000, N/2).
     */
    static int warmupArticles(int n) {
        return Math.max(Math.min(2_000, n / 2), n / 4);
    }

    private static double mib(long bytes) {
        return bytes < 0 ? Double.NaN : bytes / (1024.0 * 1024.0);
    }

    /** Polls the document count of {@code alias} until it reaches {@code expected} or the deadline; returns the last count. */
    private static long awaitCount(ElasticsearchClient es, String alias, long expected, long deadlineNanos) throws InterruptedException {
        long count = 0;
        while (System.nanoTime() < deadlineNanos) {
            try {
                count = es.count(c -> c.index(alias)).count();
            } catch (IOException | ElasticsearchException e) {
                // the index is not there yet, or Elasticsearch is busy: ask again
            }
            if (count >= expected) {
                return count;
            }
            Thread.sleep(50);
        }
        return count;
    }

    private record Latencies(double[] values) {
    }

    private static Latencies measureLatency(ElasticsearchClient es, String alias, Map<String, Object> props, String topic,
                                            ArticleGenerator generator, int firstIndex, int total, double rate,
                                            Duration timeout) throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Double> found = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        java.util.concurrent.atomic.AtomicBoolean producing = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (System.nanoTime() < deadline && (producing.get() || !sentAt.isEmpty())) {
                long started = System.nanoTime();
                List<String> ids = new ArrayList<>(1000);
                for (Iterator<String> it = sentAt.keySet().iterator(); it.hasNext() && ids.size() < 1000; ) {
                    ids.add(it.next());
                }
                if (!ids.isEmpty()) {
                    try {
                        SearchResponse<JsonData> response = es.search(s -> s.index(alias).size(ids.size())
                                .source(src -> src.fetch(false)).query(q -> q.ids(i -> i.values(ids))), JsonData.class);
                        long now = System.nanoTime();
                        for (Hit<JsonData> hit : response.hits().hits()) {
                            Long sent = sentAt.remove(hit.id());
                            if (sent != null) {
                                found.add((now - sent) / 1e6);
                            }
                        }
                    } catch (IOException | ElasticsearchException e) {
                        // busy or not ready: ask again
                    }
                }
                long sleep = POLL_MILLIS - (System.nanoTime() - started) / 1_000_000;
                if (sleep > 0) {
                    try {
                        Thread.sleep(sleep);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "bench-latency-watcher");
        watcher.setDaemon(true);
        watcher.start();
        try (KafkaArticleSink sink = new KafkaArticleSink(props, topic)) {
            long start = System.nanoTime();
            long interval = (long) (1e9 / rate);
            for (int k = 0; k < total; k++) {
                RawArticle article = generator.generate(firstIndex + k).article();
                long due = start + k * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                sentAt.put(article.id(), System.nanoTime());
                sink.send(article);
            }
            sink.flush();
        } finally {
            producing.set(false);
        }
        watcher.join(timeout.toMillis());
        return new Latencies(found.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
