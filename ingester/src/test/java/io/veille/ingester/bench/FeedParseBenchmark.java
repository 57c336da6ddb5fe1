package io.veille.ingester.bench;

import io.veille.common.event.RawArticle;
import io.veille.ingester.normalize.ArticleNormalizer;
import io.veille.ingester.normalize.FeedContext;
import io.veille.ingester.parse.FeedParseException;
import io.veille.ingester.parse.FeedParser;
import io.veille.ingester.parse.ParsedFeed;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Feeds per second for a 50-item RSS 2.0 feed with full HTML content (built from the sample feed
 * le-terminal-bavard.rss.xml): parsing alone, and parsing plus normalization into raw articles
 * (sanitizing, plain text, dates, URLs). Run from the module directory:
 * {@code java -cp target/test-classes:target/classes:<test classpath> io.veille.ingester.bench.FeedParseBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FeedParseBenchmark {
    private static final Pattern ITEM = Pattern.compile("<item>.*?</item>", Pattern.DOTALL);
    private final FeedParser parser = new FeedParser();
    private final ArticleNormalizer normalizer = new ArticleNormalizer();
    private final FeedContext context = new FeedContext("bench", URI.create("https://demo.veille.test/feed.xml"), "bench", Instant.parse("2026-02-09T00:00:00Z"));
    byte[] feed;

    @Setup
    public void buildFiftyItemFeed() throws IOException, FeedParseException {
        feed = fiftyItemFeed();
        if (parser.parse(feed, null, null).entries().size() != 50) {
            throw new IllegalStateException("the benchmark feed must hold 50 items");
        }
    }

    static byte[] fiftyItemFeed() throws IOException {
        Path sample = Path.of("..", "samples", "feeds", "le-terminal-bavard.rss.xml");
        if (!Files.exists(sample)) {
            sample = Path.of("samples", "feeds", "le-terminal-bavard.rss.xml");
        }
        String xml = Files.readString(sample);
        Matcher m = ITEM.matcher(xml);
        List<String> items = new ArrayList<>();
        while (m.find()) {
            items.add(m.group());
        }
        int start = xml.indexOf("<item>");
        int end = xml.lastIndexOf("</item>") + "</item>".length();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            body.append(items.get(i % items.size()).replace(".html?", ".html?n=" + i + "&amp;").replace("</guid>", "-" + i + "</guid>")).append('\n');
        }
        return (xml.substring(0, start) + body + xml.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public ParsedFeed parse() throws FeedParseException {
        return parser.parse(feed, "application/rss+xml; charset=utf-8", context.feedUrl());
    }

    @Benchmark
    public List<RawArticle> parseAndNormalize() throws FeedParseException {
        return normalizer.normalize(parser.parse(feed, "application/rss+xml; charset=utf-8", context.feedUrl()), context);
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(FeedParseBenchmark.class.getSimpleName()).build()).run();
    }
}
