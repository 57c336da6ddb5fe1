package io.veille.bench.run;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.veille.bench.report.BenchReport;
import io.veille.bench.report.BenchReport.Section;
import io.veille.indexer.IndexerSettings;
import io.veille.indexer.index.ArticleDocument;
import io.veille.indexer.index.ElasticsearchClients;
import io.veille.indexer.index.IndexManager;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measurement 2: what Elasticsearch alone takes. The N enriched documents, already in memory, go through a
 * plain {@link BulkIngester} loop (the indexer's bulk sizes, same document ids and external versions) into
 * an index with Veille's mapping (put by the indexer's {@link IndexManager}); the clock stops when a refresh
 * has made every document searchable. The index is deleted afterwards.
 */
public final class ElasticsearchBaseline {
    private ElasticsearchBaseline() {
    }

    public static void run(BenchContext ctx, List<ArticleDocument> documents) throws Exception {
        BenchContext.ServiceConfig part = ctx.config("es-baseline", Map.of());
        IndexerSettings settings = IndexerSettings.from(part.config());
        ElasticsearchClient es = ElasticsearchClients.create(settings);
        IndexManager indices = new IndexManager(es, settings.alias(), settings.shards(), settings.replicas());
        try {
            if (!indices.awaitCluster(Duration.ofMinutes(2))) {
                throw new IllegalStateException("Elasticsearch at " + settings.elasticsearchUrl() + " does not answer");
            }
            String index = indices.ensureReady();
            ctx.progress("Elasticsearch baseline: %,d documents into %s (bulks of %d operations / %d bytes, %d concurrent)",
                    documents.size(), index, settings.bulkMaxOperations(), settings.bulkMaxBytes(), settings.bulkConcurrentRequests());
            AtomicLong failed = new AtomicLong();
            AtomicLong bulks = new AtomicLong();
            Map<String, Double> cpuBefore = StackCpu.snapshot();
            long t0 = System.nanoTime();
            try (BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(es)
                    .maxOperations(settings.bulkMaxOperations())
                    .maxSize(settings.bulkMaxBytes())
                    .maxConcurrentRequests(settings.bulkConcurrentRequests())
                    .flushInterval(settings.bulkFlushInterval().toMillis(), TimeUnit.MILLISECONDS)
                    .listener(new BulkListener<Void>() {
                        @Override
                        public void beforeBulk(long id, BulkRequest request, List<Void> contexts) {
                        }

                        @Override
                        public void afterBulk(long id, BulkRequest request, List<Void> contexts, BulkResponse response) {
                            bulks.incrementAndGet();
                            for (BulkResponseItem item : response.items()) {
                                if (item.error() != null) {
                                    failed.incrementAndGet();
                                }
                            }
                        }

                        @Override
                        public void afterBulk(long id, BulkRequest request, List<Void> contexts, Throwable failure) {
                            bulks.incrementAndGet();
                            failed.addAndGet(request.operations().size());
                        }
                    }))) {
                for (ArticleDocument doc : documents) {
                    ingester.add(op -> op.index(i -> i.index(index).id(doc.id()).version(doc.version())
                            .versionType(VersionType.ExternalGte).document(doc.source())));
                }
            }
            long written = System.nanoTime() - t0;
            indices.refresh(index);
            long searchable = System.nanoTime() - t0;
            Map<String, Double> cpu = StackCpu.between(cpuBefore, StackCpu.snapshot());
            long count = indices.count(index);
            BenchReport r = ctx.report();
            StackCpu.report(r, Section.ELASTICSEARCH, cpu, documents.size(), "document");
            r.figure(Section.ELASTICSEARCH, "documentsPerSecond", "documents/s, bulk to searchable (refresh included)", documents.size() / (searchable / 1e9), "docs/s");
            r.figure(Section.ELASTICSEARCH, "seconds", "time for N documents", searchable / 1e9, "s");
            r.figure(Section.ELASTICSEARCH, "acknowledgedPerSecond", "documents/s, bulks acknowledged", documents.size() / (written / 1e9), "docs/s");
            r.figure(Section.ELASTICSEARCH, "bulks", "bulk requests", bulks.get(), "");
            r.figure(Section.ELASTICSEARCH, "failedItems", "failed items", failed.get(), "");
            // disk per document, for the cost figures of docs/scaling.md (primary shards, before any force-merge)
            long storeBytes = es.indices().stats(st -> st.index(index)).indices().get(index).primaries().store().sizeInBytes();
            r.figure(Section.ELASTICSEARCH, "storeBytesPerDocument", "index size on disk per document (primaries)",
                    count == 0 ? 0 : (double) storeBytes / count, "B");
            if (count != documents.size()) {
                r.note("Elasticsearch baseline: " + count + " documents searchable of " + documents.size());
            }
            indices.deleteIndex(index);
            es.indices().deleteIndexTemplate(d -> d.name(settings.alias()));
        } finally {
            ElasticsearchClients.close(es);
        }
    }
}
