package io.veille.ingester.bench;

import io.veille.ingester.fetch.FetchSettings;
import io.veille.ingester.fetch.Fetcher;
import io.veille.ingester.it.SampleServer;
import io.veille.ingester.parse.FeedParser;
import io.veille.ingester.produce.CollectingSink;
import io.veille.ingester.produce.FeedPoller;
import io.veille.ingester.registry.FeedRecord;
import io.veille.ingester.schedule.OncePass;
import io.veille.ingester.schedule.PollBounds;
import io.veille.ingester.schedule.PollPlanner;
import io.veille.ingester.schedule.RunSummary;
import io.veille.ingester.state.FeedState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * One {@code --once} pass over the bundled samples served by a local HTTP server, without Kafka
 * (an in-memory sink): {@code firstPass} reads every body and emits every article (fetch, parse,
 * normalize, diff); {@code notModifiedPass} sends the validators of a previous pass and gets 304s.
 * Per-host delay is 0 (all samples are on one host). Run from the module directory with the test
 * class path: {@code java -cp ... io.veille.ingester.bench.IngestPassBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IngestPassBenchmark {
    SampleServer server;
    List<FeedRecord> feeds;
    Fetcher fetcher;
    Map<String, FeedState> afterFirstPass;

    @Setup(Level.Trial)
    public void start() throws Exception {
        server = new SampleServer();
        feeds = server.feedUrls().stream().map(u -> FeedRecord.of(u.toString(), null, List.of(), Instant.now())).toList();
        fetcher = new Fetcher(FetchSettings.defaults().withAllowLoopback(true).withPerHostDelay(Duration.ZERO), Clock.systemUTC());
        afterFirstPass = new HashMap<>();
        run(afterFirstPass);
    }

    @TearDown(Level.Trial)
    public void stop() {
        server.close();
    }

    RunSummary run(Map<String, FeedState> states) throws InterruptedException {
        CollectingSink sink = new CollectingSink();
        FeedPoller poller = new FeedPoller(fetcher, new FeedParser(), sink, sink, new PollPlanner(new Random(1)),
                PollBounds.defaults(), null, Clock.systemUTC(), 2000);
        return new OncePass(poller, 8, f -> { }).run(feeds, states);
    }

    @Benchmark
    public RunSummary firstPass() throws InterruptedException {
        return run(new HashMap<>());
    }

    @Benchmark
    public RunSummary notModifiedPass() throws InterruptedException {
        return run(new HashMap<>(afterFirstPass));
    }

    /**
     * Without arguments: the JMH run. With {@code --heap}: one first pass and one 304 pass in this JVM,
     * then the peak heap (sum of the heap pools' peaks), e.g. under {@code -Xmx32m}.
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--heap")) {
            System.gc();
            java.lang.management.ManagementFactory.getMemoryPoolMXBeans().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
            IngestPassBenchmark b = new IngestPassBenchmark();
            b.start();
            RunSummary again = b.notModifiedPass();
            long peak = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.println("304 pass: " + again.line());
            System.out.printf("peak heap: %.1f MiB (max %d MiB)%n", peak / 1048576.0, Runtime.getRuntime().maxMemory() >> 20);
            b.stop();
            return;
        }
        new Runner(new OptionsBuilder().include(IngestPassBenchmark.class.getSimpleName()).build()).run();
    }
}
