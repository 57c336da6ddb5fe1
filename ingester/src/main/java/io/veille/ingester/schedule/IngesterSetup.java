package io.veille.ingester.schedule;

import io.veille.common.config.VeilleConfig;
import io.veille.common.kafka.VeilleTopics;
import io.veille.ingester.fetch.FetchSettings;
import io.veille.ingester.fetch.Fetcher;
import io.veille.ingester.fetch.RobotsPolicy;
import io.veille.ingester.fetch.Settings;
import io.veille.ingester.parse.FeedLimits;
import io.veille.ingester.parse.FeedParser;
import io.veille.ingester.produce.ArticleSink;
import io.veille.ingester.produce.FeedPoller;
import io.veille.ingester.produce.FullTextFetch;
import io.veille.ingester.state.FeedStateStore;

import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * Builds the ingester's pieces from the configuration. Keys (all optional, defaults in brackets):
 * {@code ingester.threads} [8], {@code ingester.seen-items} [2000], {@code ingester.group-id}
 * [veille-ingester], plus those of {@link FetchSettings#from} and {@link PollBounds#from}.
 */
public final class IngesterSetup {
    private IngesterSetup() {
    }

    public static VeilleTopics topics(VeilleConfig config) {
        return new VeilleTopics(config.optional("topics.prefix").orElse(VeilleTopics.DEFAULT_PREFIX));
    }

    public static int threads(VeilleConfig config) {
        return Settings.integer(config, "ingester.threads", 8);
    }

    public static String groupId(VeilleConfig config) {
        return config.optional("ingester.group-id").orElse("veille-ingester");
    }

    /** The parser's limits: {@code ingester.parse.max-bytes}, {@code max-items}, {@code max-field-chars}, {@code max-depth}. */
    public static FeedLimits limits(VeilleConfig config) {
        FeedLimits d = FeedLimits.DEFAULT;
        return new FeedLimits(
                Settings.integer(config, "ingester.parse.max-bytes", d.maxBytes()),
                Settings.integer(config, "ingester.parse.max-items", d.maxItems()),
                Settings.integer(config, "ingester.parse.max-field-chars", d.maxFieldChars()),
                Settings.integer(config, "ingester.parse.max-depth", d.maxDepth()));
    }

    public static FeedPoller poller(VeilleConfig config, ArticleSink sink, FeedStateStore states, Clock clock) {
        FeedLimits limits = limits(config);
        FetchSettings settings = FetchSettings.from(config).withMaxBytes(limits.maxBytes());
        Fetcher fetcher = new Fetcher(settings, clock);
        FeedParser parser = new FeedParser(limits);
        return new FeedPoller(fetcher, parser, sink, states, new PollPlanner(RandomGenerator.getDefault()),
                PollBounds.from(config), new FullTextFetch(fetcher, new RobotsPolicy(fetcher, clock)), clock,
                Settings.integer(config, "ingester.seen-items", 2000));
    }
}
