package io.veille.enricher.bench;

import io.veille.common.event.EnrichedArticle;
import io.veille.common.event.RawArticle;
import io.veille.common.event.RawArticleBuilder;
import io.veille.enricher.Understanding;
import io.veille.enricher.devset.DevArticle;
import io.veille.enricher.devset.DevSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of the whole understanding step ({@link Understanding#enrich}) on one thread, for articles
 * of about 3 KB of text, French and English alternately (built by concatenating dev-set articles of the
 * same language). Run with {@code main}; the result is in articles per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 5)
public class UnderstandingBenchmark {
    static final int ARTICLE_BYTES = 3 * 1024;

    private Understanding understanding;
    private RawArticle[] articles;
    private int next;

    @Setup
    public void setUp() {
        understanding = Understanding.withDefaults();
        articles = threeKilobyteArticles().toArray(new RawArticle[0]);
        for (RawArticle a : articles) {
            understanding.enrich(a); // load the language models before measuring
        }
    }

    @Benchmark
    public EnrichedArticle enrich() {
        RawArticle article = articles[next];
        next = (next + 1) % articles.length;
        return understanding.enrich(article);
    }

    /** Every dev-set article, its text lengthened to about 3 KB with the following articles of its language. */
    static List<RawArticle> threeKilobyteArticles() {
        List<DevArticle> all = DevSet.all();
        List<RawArticle> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            DevArticle a = all.get(i);
            StringBuilder text = new StringBuilder(a.text());
            for (int j = (i + 1) % all.size(); text.length() < ARTICLE_BYTES; j = (j + 1) % all.size()) {
                if (a.lang().equals(all.get(j).lang())) {
                    text.append("\n\n").append(all.get(j).text());
                }
            }
            out.add(RawArticleBuilder.article().url("https://bench.example/" + a.id()).title(a.title())
                    .text(text.substring(0, ARTICLE_BYTES)).publishedAt(Instant.parse(a.publishedAt())).build());
        }
        return out;
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(UnderstandingBenchmark.class.getSimpleName()).build()).run();
    }
}
