package io.veille.ingester.produce;

import io.veille.common.event.RawArticle;
import io.veille.common.event.RawArticleBuilder;
import io.veille.ingester.fetch.FetchException;
import io.veille.ingester.fetch.FetchRequest;
import io.veille.ingester.fetch.FetchResult;
import io.veille.ingester.fetch.Fetcher;
import io.veille.ingester.normalize.ArticleNormalizer;
import io.veille.ingester.normalize.FeedContext;
import io.veille.ingester.parse.FeedParseException;
import io.veille.ingester.parse.FeedParser;
import io.veille.ingester.parse.ParsedFeed;
import io.veille.ingester.registry.FeedRecord;
import io.veille.ingester.schedule.FeedTtl;
import io.veille.ingester.schedule.PollBounds;
import io.veille.ingester.schedule.PollPlanner;
import io.veille.ingester.state.FeedState;
import io.veille.ingester.state.FeedStateStore;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Polls one feed: conditional fetch, parse, normalize, keep what is new or changed, produce it, then
 * save the feed's state (validators, seen items, errors, next poll). Articles are flushed to the
 * sink before the state that records them is saved, so a crash in between re-emits (at least once)
 * but never loses. The state after a 304 is handed to the store without waiting for it to be durable
 * (the store's {@link FeedStateStore#flush} does, at the end of a pass or a hand-over): losing it in a
 * crash only brings the next poll of an unchanged feed forward. Every failure — network, HTTP status, a body that is not a feed, a refused
 * address — ends in a FAILED outcome and a state that says why; nothing is thrown but interruption.
 */
public final class FeedPoller {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FeedPoller.class);

    private final Fetcher fetcher;
    private final FeedParser parser;
    private final ArticleNormalizer normalizer = new ArticleNormalizer();
    private final ArticleSink sink;
    private final FeedStateStore states;
    private final PollPlanner planner;
    private final PollBounds bounds;
    private final FullTextFetch fullText;
    private final Clock clock;
    private final int seenLimit;

    public FeedPoller(Fetcher fetcher, FeedParser parser, ArticleSink sink, FeedStateStore states, PollPlanner planner,
                      PollBounds bounds, FullTextFetch fullText, Clock clock, int seenLimit) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.sink = sink;
        this.states = states;
        this.planner = planner;
        this.bounds = bounds;
        this.fullText = fullText;
        this.clock = clock;
        this.seenLimit = seenLimit;
    }

    public PollOutcome poll(FeedRecord feed, FeedState state) throws InterruptedException {
        PollBounds feedBounds = bounds.forFeed(feed);
        String url = state.url() != null ? state.url() : feed.url();
        Instant started = clock.instant();
        try {
            FetchResult result = fetcher.fetch(new FetchRequest(URI.create(url), state.etag(), state.lastModified()));
            String newUrl = result.permanentRedirect() != null ? result.permanentRedirect().toString() : url;
            String movedTo = result.permanentRedirect() != null ? newUrl : null;
            if (result.notModified()) {
                Instant next = planner.afterSuccess(started, state.itemTimes(), null, result.maxAge(), result.expires(), feedBounds);
                FeedState after = state.succeeded(newUrl, result.etag(), result.lastModified(), state.seen(), List.of(), started, next);
                states.save(after); // sent, not awaited: nothing was emitted, so nothing depends on it being durable now

                return new PollOutcome(feed.id(), PollOutcome.Status.NOT_MODIFIED, 0, 0, movedTo, null, after);
            }
            ParsedFeed parsed = parser.parse(result.body(), result.contentType(), result.finalUrl());
            String source = feed.title() != null ? feed.title() : parsed.title() != null ? parsed.title() : result.finalUrl().getHost();
            List<RawArticle> articles = normalizer.normalize(parsed,
                    new FeedContext(feed.id(), result.finalUrl(), source, started));
            ItemDiff.Changes changes = ItemDiff.of(articles, state.seen());
            Map<String, String> emitted = new LinkedHashMap<>();
            for (List<RawArticle> group : List.of(changes.added(), changes.updated())) {
                for (RawArticle article : group) {
                    RawArticle out = decorate(feed, article);
                    sink.send(out);
                    emitted.put(article.id(), article.contentHash());
                }
            }
            sink.flush();
            List<Instant> times = new ArrayList<>();
            articles.stream().filter(a -> !a.dateMissing()).forEach(a -> times.add(a.publishedAt()));
            Instant next = planner.afterSuccess(started, merged(state.itemTimes(), times), FeedTtl.of(result.body()),
                    result.maxAge(), result.expires(), feedBounds);
            FeedState after = state.succeeded(newUrl, result.etag(), result.lastModified(),
                    FeedState.mergeSeen(state.seen(), emitted, seenLimit), times, started, next);
            save(after);
            if (state.consecutiveErrors() > 0) {
                LOG.info("feed {} recovered after {} errors", feed.id(), state.consecutiveErrors());
            }
            return new PollOutcome(feed.id(), PollOutcome.Status.OK, changes.added().size(), changes.updated().size(),
                    movedTo, null, after);
        } catch (FetchException e) {
            return failed(feed, state, e.getMessage(), e.retryAfter(), started, feedBounds);
        } catch (FeedParseException e) {
            return failed(feed, state, url + ": " + e.getMessage(), null, started, feedBounds);
        } catch (RuntimeException e) {
            return failed(feed, state, url + ": " + e, null, started, feedBounds);
        }
    }

    /** Waits until every state saved by the polls so far is durable (the end of a pass). */
    public void flushStates() {
        states.flush();
    }

    private RawArticle decorate(FeedRecord feed, RawArticle article) throws InterruptedException {
        RawArticle out = article;
        if (!feed.tags().isEmpty() || feed.language() != null && article.languageHint() == null) {
            RawArticleBuilder b = RawArticleBuilder.from(article).contentHash(article.contentHash()).feedTags(feed.tags());
            if (article.languageHint() == null && feed.language() != null) {
                b.languageHint(feed.language());
            }
            out = b.build();
        }
        return feed.fullText() && fullText != null ? fullText.complete(out) : out;
    }

    private PollOutcome failed(FeedRecord feed, FeedState state, String message, java.time.Duration retryAfter,
                               Instant at, PollBounds feedBounds) {
        Instant next = planner.afterFailure(at, state.consecutiveErrors() + 1, retryAfter, feedBounds);
        FeedState after = state.failed(message, at, next, feedBounds.parkAfter());
        if (after.health() == io.veille.ingester.state.FeedHealth.PARKED) {
            LOG.error("feed {} parked after {} consecutive errors (polled again at {}): {}", feed.id(),
                    after.consecutiveErrors(), next, message);
        } else {
            LOG.warn("feed {} failed ({} in a row, next try {}): {}", feed.id(), after.consecutiveErrors(), next, message);
        }
        save(after);
        return new PollOutcome(feed.id(), PollOutcome.Status.FAILED, 0, 0, null, message, after);
    }

    private void save(FeedState state) {
        states.save(state);
        states.flush();
    }

    private static List<Instant> merged(List<Instant> a, List<Instant> b) {
        List<Instant> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
