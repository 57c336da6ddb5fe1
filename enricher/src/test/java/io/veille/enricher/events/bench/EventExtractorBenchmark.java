package io.veille.enricher.events.bench;

import io.veille.common.event.ArticleEvent;
import io.veille.enricher.events.EventExtractor;
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
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Extractions per second on one thread, for 3 KB news articles: two agenda articles in French and in English
 * dense in dates (most sentences announce an event or a deadline, or carry a date that is neither: the worst
 * case), and a typical French article with one event (the fixtures under
 * {@code src/test/resources/events/bench-article-*.txt}). Run with {@link #main}; never part of the build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class EventExtractorBenchmark {
    private EventExtractor extractor;
    private String french;
    private String english;
    private String typical;
    private final Instant published = Instant.parse("2026-02-01T08:00:00Z");

    @Setup
    public void setUp() {
        extractor = new EventExtractor();
        french = resource("bench-article-fr.txt");
        english = resource("bench-article-en.txt");
        typical = resource("bench-article-typical-fr.txt");
    }

    @Benchmark
    public List<ArticleEvent> extractFrench() {
        return extractor.extract("L'agenda des communautés DevOps du printemps", french, published, "fr");
    }

    @Benchmark
    public List<ArticleEvent> extractEnglish() {
        return extractor.extract("The cloud-native calendar for spring", english, published, "en");
    }

    @Benchmark
    public List<ArticleEvent> extractTypicalFrench() {
        return extractor.extract("La forge libre fait le bilan de son année", typical, published, "fr");
    }

    private static String resource(String name) {
        try (InputStream in = EventExtractorBenchmark.class.getResourceAsStream("/events/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(EventExtractorBenchmark.class.getSimpleName())
                .build();
        new Runner(options).run();
    }
}
