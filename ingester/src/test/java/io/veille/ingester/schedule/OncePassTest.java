package io.veille.ingester.schedule;

import io.veille.ingester.fetch.AddressGuard;
import io.veille.ingester.fetch.FetchSettings;
import io.veille.ingester.fetch.Fetcher;
import io.veille.ingester.fetch.HostPoliteness;
import io.veille.ingester.fetch.TestFeedServer;
import io.veille.ingester.parse.FeedLimits;
import io.veille.ingester.parse.FeedParser;
import io.veille.ingester.produce.CollectingSink;
import io.veille.ingester.produce.FeedPoller;
import io.veille.ingester.produce.FullTextFetch;
import io.veille.ingester.fetch.RobotsPolicy;
import io.veille.ingester.produce.PollOutcome;
import io.veille.ingester.registry.FeedRecord;
import io.veille.ingester.state.FeedHealth;
import io.veille.ingester.state.FeedState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import static io.veille.ingester.fetch.TestFeedServer.redirect;
import static io.veille.ingester.fetch.TestFeedServer.rss;
import static io.veille.ingester.fetch.TestFeedServer.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passes over a good feed and a troublesome one, served by a real local HTTP server: the trouble is
 * handled as promised, and the good feed of the same pass is ingested every time.
 */
class OncePassTest {
    private static final String RSS = "application/rss+xml; charset=utf-8";
    private static final byte[] GOOD = rss("Le bon flux",
            "https://good.example/a1|Premier article|Un texte en français sur les conteneurs.",
            "https://good.example/a2|Second article|Another text, in English, about compilers.");

    private TestFeedServer server;
    private CollectingSink sink;
    private final CountDownLatch release = new CountDownLatch(1);
    private FeedRecord good;
    private final List<FeedRecord> moved = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new TestFeedServer().on("/good.xml", ex -> send(ex, 200, RSS, GOOD));
        sink = new CollectingSink();
        good = FeedRecord.of(server.url("/good.xml").toString(), "Good", List.of("tech"), Instant.now());
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
    }

    private FetchSettings settings() {
        return FetchSettings.defaults().withAllowLoopback(true).withPerHostDelay(Duration.ZERO).withTimeout(Duration.ofSeconds(2));
    }

    private RunSummary pass(FetchSettings settings, PollBounds bounds, FeedRecord... feeds) throws InterruptedException {
        Fetcher fetcher = new Fetcher(settings, Clock.systemUTC());
        return pass(fetcher, bounds, feeds);
    }

    private RunSummary pass(Fetcher fetcher, PollBounds bounds, FeedRecord... feeds) throws InterruptedException {
        return pass(fetcher, bounds, null, feeds);
    }

    private RunSummary pass(Fetcher fetcher, PollBounds bounds, FullTextFetch fullText, FeedRecord... feeds) throws InterruptedException {
        FeedLimits limits = FeedLimits.DEFAULT;
        FeedParser parser = new FeedParser(new FeedLimits(fetcher.settings().maxBytes(), limits.maxItems(),
                limits.maxFieldChars(), limits.maxDepth()));
        FeedPoller poller = new FeedPoller(fetcher, parser, sink, sink, new PollPlanner(new Random(1)),
                bounds, fullText, Clock.systemUTC(), 2000);
        List<FeedRecord> all = new ArrayList<>(List.of(good));
        all.addAll(List.of(feeds));
        return new OncePass(poller, 4, moved::add).run(all, sink.states);
    }

    private RunSummary pass(FeedRecord... feeds) throws InterruptedException {
        return pass(settings(), PollBounds.defaults(), feeds);
    }

    private FeedRecord feed(String path) {
        return FeedRecord.of(server.url(path).toString(), path, List.of(), Instant.now());
    }

    private PollOutcome outcome(RunSummary summary, FeedRecord feed) {
        return summary.outcomes().stream().filter(o -> o.feedId().equals(feed.id())).findFirst().orElseThrow();
    }

    private void assertGoodIngested(RunSummary summary) {
        assertThat(outcome(summary, good).status()).isNotEqualTo(PollOutcome.Status.FAILED);
        assertThat(sink.fromFeed(good.id())).extracting(a -> a.url())
                .containsExactlyInAnyOrder("https://good.example/a1", "https://good.example/a2");
    }

    @Test
    void aSecondPassSendsTheValidatorsAndA304EmitsNothing() throws Exception {
        AtomicInteger conditional = new AtomicInteger();
        server.on("/etag.xml", ex -> {
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
            if ("\"v1\"".equals(inm) && "Mon, 02 Feb 2026 10:00:00 GMT".equals(ims)) {
                conditional.incrementAndGet();
                ex.getResponseHeaders().set("ETag", "\"v1\"");
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Mon, 02 Feb 2026 10:00:00 GMT");
            send(ex, 200, RSS, rss("Etag", "https://etag.example/1|Un|Texte un."));
        });
        FeedRecord etag = feed("/etag.xml");
        RunSummary first = pass(etag);
        assertThat(outcome(first, etag).status()).isEqualTo(PollOutcome.Status.OK);
        assertThat(sink.states.get(etag.id()).etag()).isEqualTo("\"v1\"");

        RunSummary second = pass(etag);
        assertThat(outcome(second, etag).status()).isEqualTo(PollOutcome.Status.NOT_MODIFIED);
        assertThat(conditional.get()).isEqualTo(1);
        assertThat(sink.fromFeed(etag.id())).hasSize(1);
        assertThat(second.notModified()).isEqualTo(1); // the good feed sends no validators: always a 200
        assertThat(sink.fromFeed(good.id())).hasSize(2);
    }

    @Test
    void theStateAfterA304IsNotAwaitedByThePollButIsDurableWhenThePassEnds() throws Exception {
        server.on("/etag.xml", ex -> {
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            send(ex, 200, RSS, rss("Etag", "https://etag.example/1|Un|Texte un."));
        });
        FeedRecord etag = feed("/etag.xml");
        Fetcher fetcher = new Fetcher(settings(), Clock.systemUTC());
        FeedPoller poller = new FeedPoller(fetcher, new FeedParser(), sink, sink, new PollPlanner(new Random(1)),
                PollBounds.defaults(), null, Clock.systemUTC(), 2000);

        PollOutcome fetched = poller.poll(etag, FeedState.initial(etag.id()));
        assertThat(fetched.status()).isEqualTo(PollOutcome.Status.OK);
        assertThat(sink.durable.get(etag.id())).isEqualTo(fetched.state()); // it recorded emitted articles: awaited

        PollOutcome unchanged = poller.poll(etag, fetched.state());
        assertThat(unchanged.status()).isEqualTo(PollOutcome.Status.NOT_MODIFIED);
        assertThat(sink.states.get(etag.id())).isEqualTo(unchanged.state());
        assertThat(sink.durable.get(etag.id())).isEqualTo(fetched.state()); // handed over, not awaited

        RunSummary pass = new OncePass(poller, 2, moved::add).run(List.of(etag), new java.util.HashMap<>(Map.of(etag.id(), unchanged.state())));
        assertThat(outcome(pass, etag).status()).isEqualTo(PollOutcome.Status.NOT_MODIFIED);
        assertThat(sink.durable.get(etag.id())).isEqualTo(outcome(pass, etag).state());
        assertThat(outcome(pass, etag).state().lastSuccessAt()).isAfterOrEqualTo(unchanged.state().lastSuccessAt());
    }

    @Test
    void unchangedItemsAreNotEmittedAgainAndAChangedOneIsEmittedOnceAsAnUpdate() throws Exception {
        AtomicInteger version = new AtomicInteger(1);
        server.on("/changing.xml", ex -> send(ex, 200, RSS, rss("Changeant",
                "https://chg.example/1|Stable|Ce texte ne change pas.",
                "https://chg.example/2|Mouvant|Version " + version.get() + " du texte.")));
        FeedRecord changing = feed("/changing.xml");
        RunSummary first = pass(changing);
        assertThat(outcome(first, changing).added()).isEqualTo(2);
        RunSummary same = pass(changing);
        assertThat(outcome(same, changing).added() + outcome(same, changing).updated()).isZero();
        version.set(2);
        RunSummary changed = pass(changing);
        assertThat(outcome(changed, changing).updated()).isEqualTo(1);
        assertThat(outcome(changed, changing).added()).isZero();
        assertThat(sink.fromFeed(changing.id())).extracting(a -> a.url())
                .containsExactly("https://chg.example/1", "https://chg.example/2", "https://chg.example/2");
        pass(changing);
        assertThat(sink.fromFeed(changing.id())).hasSize(3);
        assertGoodIngested(changed);
        assertThat(sink.fromFeed(good.id())).hasSize(2);
    }

    @Test
    void aTemporaryRedirectIsFollowedAndAPermanentOneMovesTheFeed() throws Exception {
        server.on("/moved-for-now.xml", ex -> redirect(ex, 302, "/good-copy.xml"))
                .on("/good-copy.xml", ex -> send(ex, 200, RSS, rss("Copie", "https://copy.example/1|Copie|Texte.")))
                .on("/old.xml", ex -> redirect(ex, 301, server.url("/step.xml").toString()))
                .on("/step.xml", ex -> redirect(ex, 308, "/new.xml"))
                .on("/new.xml", ex -> send(ex, 200, RSS, rss("Nouveau", "https://new.example/1|Nouveau|Texte.")));
        FeedRecord temporary = feed("/moved-for-now.xml");
        FeedRecord permanent = feed("/old.xml");
        RunSummary first = pass(temporary, permanent);
        assertThat(outcome(first, temporary).status()).isEqualTo(PollOutcome.Status.OK);
        assertThat(outcome(first, temporary).movedTo()).isNull();
        assertThat(outcome(first, permanent).movedTo()).isEqualTo(server.url("/new.xml").toString());
        assertThat(moved).extracting(FeedRecord::id, FeedRecord::url)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(permanent.id(), server.url("/new.xml").toString()));

        pass(temporary, permanent);
        assertThat(server.hits("/old.xml")).isEqualTo(1);
        assertThat(server.hits("/new.xml")).isEqualTo(2);
        assertThat(server.hits("/moved-for-now.xml")).isEqualTo(2);
        assertGoodIngested(first);
    }

    @Test
    void aRedirectLoopAndTooManyRedirectsAreRefused() throws Exception {
        server.on("/ping.xml", ex -> redirect(ex, 302, "/pong.xml"))
                .on("/pong.xml", ex -> redirect(ex, 302, "/ping.xml"));
        for (int i = 0; i < 7; i++) {
            int next = i + 1;
            server.on("/hop" + i + ".xml", ex -> redirect(ex, 302, "/hop" + next + ".xml"));
        }
        server.on("/hop7.xml", ex -> send(ex, 200, RSS, GOOD));
        FeedRecord loop = feed("/ping.xml");
        FeedRecord chain = feed("/hop0.xml");
        RunSummary summary = pass(loop, chain);
        assertThat(outcome(summary, loop).status()).isEqualTo(PollOutcome.Status.FAILED);
        assertThat(outcome(summary, loop).error()).contains("redirect loop");
        assertThat(outcome(summary, chain).error()).contains("more than 5 redirects");
        assertThat(server.hits("/hop5.xml")).isEqualTo(1);
        assertThat(server.hits("/hop6.xml")).isZero();
        assertGoodIngested(summary);
    }

    @Test
    void a429WithRetryAfterPostponesTheFeedAndHoldsBackItsServer() throws Exception {
        try (TestFeedServer busyServer = new TestFeedServer()) {
            busyServer.on("/busy.xml", ex -> {
                ex.getResponseHeaders().set("Retry-After", "7200");
                send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
            }).on("/other.xml", ex -> send(ex, 200, RSS, GOOD));
            FeedRecord busy = FeedRecord.of(busyServer.url("/busy.xml").toString(), "busy", List.of(), Instant.now());
            FeedRecord other = FeedRecord.of(busyServer.url("/other.xml").toString(), "other", List.of(), Instant.now());
            Fetcher fetcher = new Fetcher(settings(), Clock.systemUTC());
            Instant before = Instant.now();
            RunSummary summary = pass(fetcher, PollBounds.defaults(), busy);
            PollOutcome o = outcome(summary, busy);
            assertThat(o.status()).isEqualTo(PollOutcome.Status.FAILED);
            assertThat(o.error()).contains("HTTP 429").contains("Retry-After 7200");
            assertThat(o.state().nextPollAt()).isAfterOrEqualTo(before.plus(Duration.ofSeconds(7200)));
            assertGoodIngested(summary);

            // the same server is left alone until then, for every feed it serves
            RunSummary later = pass(fetcher, PollBounds.defaults(), other);
            assertThat(outcome(later, other).error()).contains("asked to wait until");
            assertThat(busyServer.hits("/other.xml")).isZero();
            assertThat(outcome(later, good).status()).isNotEqualTo(PollOutcome.Status.FAILED);
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        server.on("/silent.xml", ex -> {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.on("/trickle.xml", ex -> {
            ex.getResponseHeaders().set("Content-Type", RSS);
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            out.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>".getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                release.await(60, TimeUnit.SECONDS); // headers sent, body never finished
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        FeedRecord silent = feed("/silent.xml");
        FeedRecord trickle = feed("/trickle.xml");
        RunSummary summary = pass(silent, trickle);
        assertThat(outcome(summary, silent).error()).contains("no ").contains("within 2000 ms");
        assertThat(outcome(summary, trickle).status()).isEqualTo(PollOutcome.Status.FAILED);
        assertThat(outcome(summary, trickle).error()).contains("within 2000 ms");
        assertGoodIngested(summary);
    }

    @Test
    void aBodyOverTheCapIsCutOffWhileStreamingAndItsCompleteItemsKept() throws Exception {
        server.on("/endless.xml", ex -> {
            ex.getResponseHeaders().set("Content-Type", RSS);
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            out.write("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Sans fin</title><link>https://endless.example/</link>\n"
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 1_000_000; i++) { // about 100 MB if nobody stops reading
                out.write(("<item><title>Article " + i + "</title><link>https://endless.example/" + i
                        + "</link><description>Encore un paragraphe de texte.</description></item>\n").getBytes(StandardCharsets.UTF_8));
            }
        });
        FeedRecord endless = feed("/endless.xml");
        RunSummary summary = pass(settings().withMaxBytes(64 * 1024), PollBounds.defaults(), endless);
        PollOutcome o = outcome(summary, endless);
        assertThat(o.status()).as(o.error()).isEqualTo(PollOutcome.Status.OK);
        assertThat(o.added()).isBetween(100, 1000);
        assertThat(sink.fromFeed(endless.id()).get(0).url()).isEqualTo("https://endless.example/0");
        assertGoodIngested(summary);
    }

    @Test
    void gzipAndDeflateBodiesAreAskedForAndDecoded() throws Exception {
        byte[] feedBytes = rss("Compressé", "https://gz.example/1|Compressé|Un texte compressé.");
        server.on("/gzip.xml", ex -> {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
                gz.write(feedBytes);
            }
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            send(ex, 200, RSS, buf.toByteArray());
        }).on("/deflate.xml", ex -> {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (DeflaterOutputStream df = new DeflaterOutputStream(buf)) {
                df.write(rss("Dégonflé", "https://df.example/1|Dégonflé|Un texte.").clone());
            }
            ex.getResponseHeaders().set("Content-Encoding", "deflate");
            send(ex, 200, RSS, buf.toByteArray());
        });
        FeedRecord gzip = feed("/gzip.xml");
        FeedRecord deflate = feed("/deflate.xml");
        RunSummary summary = pass(gzip, deflate);
        assertThat(sink.fromFeed(gzip.id())).extracting(a -> a.title()).containsExactly("Compressé");
        assertThat(sink.fromFeed(deflate.id())).extracting(a -> a.title()).containsExactly("Dégonflé");
        assertThat(server.requestHeaders()).allSatisfy(h -> assertThat(h.get("Accept-encoding")).containsExactly("gzip, deflate"));
        assertThat(server.requestHeaders()).allSatisfy(h -> assertThat(h.get("User-agent").get(0)).matches("Veille/\\S+ \\(technology-watch feed reader\\)"));
        assertGoodIngested(summary);
    }

    @Test
    void aFeedThatFailsFiveTimesRecoversByItself() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server.on("/flaky.xml", ex -> {
            if (calls.incrementAndGet() <= 5) {
                send(ex, 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8));
            } else {
                send(ex, 200, RSS, rss("Revenu", "https://flaky.example/1|Revenu|De retour."));
            }
        });
        FeedRecord flaky = feed("/flaky.xml");
        List<Instant> nextPolls = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Instant at = Instant.now();
            PollOutcome o = outcome(pass(flaky), flaky);
            assertThat(o.status()).isEqualTo(PollOutcome.Status.FAILED);
            assertThat(o.state().consecutiveErrors()).isEqualTo(i);
            assertThat(o.state().health()).isEqualTo(FeedHealth.FAILING);
            assertThat(o.state().lastError()).contains("HTTP 500");
            nextPolls.add(o.state().nextPollAt());
            assertThat(Duration.between(at, o.state().nextPollAt())).isGreaterThan(Duration.ofMinutes(4).multipliedBy(1L << (i - 1)));
        }
        RunSummary recovered = pass(flaky);
        PollOutcome o = outcome(recovered, flaky);
        assertThat(o.status()).isEqualTo(PollOutcome.Status.OK);
        assertThat(o.state().consecutiveErrors()).isZero();
        assertThat(o.state().health()).isEqualTo(FeedHealth.OK);
        assertThat(o.state().lastError()).contains("HTTP 500"); // the history stays visible
        assertThat(sink.fromFeed(flaky.id())).hasSize(1);
        assertGoodIngested(recovered);
    }

    @Test
    void aFeedIsParkedAfterNConsecutiveErrorsAndStillRecovers() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server.on("/down.xml", ex -> {
            if (calls.incrementAndGet() <= 3) {
                send(ex, 503, "text/plain", new byte[0]);
            } else {
                send(ex, 200, RSS, rss("Revenu", "https://down.example/1|Revenu|De retour."));
            }
        });
        FeedRecord down = feed("/down.xml");
        PollBounds parkAfterThree = new PollBounds(Duration.ofMinutes(5), Duration.ofHours(24), 0.1, 3);
        FeedState state = null;
        for (int i = 0; i < 3; i++) {
            state = outcome(pass(settings(), parkAfterThree, down), down).state();
        }
        assertThat(state.health()).isEqualTo(FeedHealth.PARKED);
        assertThat(state.nextPollAt()).isAfter(Instant.now().plus(Duration.ofHours(23)));
        assertThat(outcome(pass(settings(), parkAfterThree, down), down).state().health()).isEqualTo(FeedHealth.OK);
    }

    @Test
    void anSsrfAttemptIsRefusedDirectlyAndThroughARedirect() throws Exception {
        server.on("/to-metadata.xml", ex -> redirect(ex, 302, "http://169.254.169.254/latest/meta-data/"))
                .on("/to-mapped.xml", ex -> redirect(ex, 301, "http://[::ffff:10.0.0.1]/feed.xml"))
                .on("/to-loopback.xml", ex -> redirect(ex, 302, "http://127.0.0.2:9/feed.xml"));
        FeedRecord metadata = feed("/to-metadata.xml");
        FeedRecord mapped = feed("/to-mapped.xml");
        RunSummary summary = pass(metadata, mapped);
        assertThat(outcome(summary, metadata).error()).contains("refused").contains("link-local").contains("169.254.169.254");
        assertThat(outcome(summary, mapped).error()).contains("refused").contains("private");
        assertGoodIngested(summary);

        // without the loopback allowance, a loopback feed is refused before any connection
        sink.articles.clear();
        sink.states.clear();
        AddressGuard strict = AddressGuard.strict();
        FetchSettings s = settings().withAllowLoopback(false);
        Fetcher strictFetcher = new Fetcher(s, strict, new HostPoliteness(2, Duration.ZERO, Duration.ofMinutes(1), Clock.systemUTC()),
                Clock.systemUTC());
        int before = server.hits("/good.xml");
        RunSummary refused = pass(strictFetcher, PollBounds.defaults());
        assertThat(outcome(refused, good).error()).contains("refused").contains("loopback");
        assertThat(server.hits("/good.xml")).isEqualTo(before);
    }

    @Test
    void noMoreThanTwoRequestsRunAtOnceOnOneHost() throws Exception {
        AtomicInteger current = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        Map<String, Boolean> seen = new ConcurrentHashMap<>();
        List<FeedRecord> feeds = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String path = "/slow" + i + ".xml";
            int n = i;
            server.on(path, ex -> {
                int now = current.incrementAndGet();
                peak.accumulateAndGet(now, Math::max);
                try {
                    Thread.sleep(150);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                current.decrementAndGet();
                seen.put(path, true);
                send(ex, 200, RSS, rss("Lent " + n, "https://slow.example/" + n + "|Lent|Texte."));
            });
            feeds.add(feed(path));
        }
        RunSummary summary = pass(feeds.toArray(FeedRecord[]::new));
        assertThat(summary.failed()).isZero();
        assertThat(seen).hasSize(6);
        assertThat(peak.get()).isLessThanOrEqualTo(2);
    }

    @Test
    void fullTextFetchesArticlePagesThatRobotsTxtAllowsAndNoOthers() throws Exception {
        String paragraph = "<p>Cette page publie le texte complet de l'article, bien plus long que l'extrait du flux, "
                + "avec plusieurs paragraphes sur la chaîne de compilation et les tests de bout en bout.</p>";
        String page = "<html><head><title>Page</title></head><body><nav>Menu</nav><article><h1>Titre</h1>"
                + paragraph.repeat(6) + "</article><footer>Pied</footer></body></html>";
        server.on("/robots.txt", ex -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8)))
                .on("/pages/", ex -> send(ex, 200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8)))
                .on("/private/", ex -> send(ex, 200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8)))
                .on("/excerpts.xml", ex -> send(ex, 200, RSS, rss("Extraits",
                        server.url("/pages/open.html") + "|Ouvert|Un court extrait…",
                        server.url("/private/closed.html") + "|Fermé|Un autre extrait…")));
        FeedRecord excerpts = feed("/excerpts.xml").withOptions(true, true, null, null, null);
        Fetcher fetcher = new Fetcher(settings(), Clock.systemUTC());
        RunSummary summary = pass(fetcher, PollBounds.defaults(), new FullTextFetch(fetcher, new RobotsPolicy(fetcher, Clock.systemUTC())), excerpts);
        var articles = sink.fromFeed(excerpts.id());
        assertThat(articles).hasSize(2);
        var open = articles.stream().filter(a -> a.title().equals("Ouvert")).findFirst().orElseThrow();
        var closed = articles.stream().filter(a -> a.title().equals("Fermé")).findFirst().orElseThrow();
        assertThat(open.text()).contains("chaîne de compilation");
        assertThat(open.excerptOnly()).isFalse();
        assertThat(closed.text()).doesNotContain("chaîne de compilation");
        assertThat(closed.excerptOnly()).isTrue();
        assertThat(server.hits("/private/closed.html")).isZero();
        assertThat(server.hits("/robots.txt")).isEqualTo(1);
        assertGoodIngested(summary);
    }
}
