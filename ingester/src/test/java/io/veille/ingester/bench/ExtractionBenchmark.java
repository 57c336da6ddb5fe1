package io.veille.ingester.bench;

import io.veille.ingester.extract.ArticleExtractor;
import io.veille.ingester.extract.ExtractedArticle;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Pages per second for main-content extraction of article pages from the evaluation set, one per template. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {
    @Param({"01-wordpress-en-openssh-agent-forwarding-flaw", "04-news-en-passkeys-adoption-banks",
            "45-cssinjs-en-npm-typosquat-wave-january", "46-table-en-ransomware-hospital-recovery-report"})
    public String page;

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final URI url = URI.create("https://demo.veille.test/pages/x.html");
    byte[] html;

    @Setup
    public void load() throws IOException {
        Path dir = Path.of("src", "test", "resources", "extract", "pages");
        if (!Files.exists(dir)) {
            dir = Path.of("ingester").resolve(dir);
        }
        html = Files.readAllBytes(dir.resolve(page + ".html"));
    }

    @Benchmark
    public ExtractedArticle extract() {
        return extractor.extract(html, "text/html; charset=utf-8", url);
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(ExtractionBenchmark.class.getSimpleName()).build()).run();
    }
}
