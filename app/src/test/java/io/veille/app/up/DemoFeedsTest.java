package io.veille.app.up;

import io.veille.ingester.registry.FeedIds;
import io.veille.ingester.registry.FeedRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoFeedsTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-29");
    @TempDir
    Path dir;

    @Test
    void installsTheNineBundledSampleFeedsFromTheClassPathAndTheAgendaOfTheDay() throws Exception {
        List<String> names = DemoFeeds.install(dir.resolve("feeds"), TODAY);

        assertThat(names).hasSize(10).contains(DemoAgenda.FILE, "agenda-devops.rss.xml", "ai-digest.json", "souverainete-numerique.rdf",
                "journal-du-libre.atom.xml");
        Path repositoryCopy = Path.of("..", "samples", "feeds", "agenda-devops.rss.xml");
        assertThat(Files.readAllBytes(dir.resolve("feeds").resolve("agenda-devops.rss.xml")))
                .isEqualTo(Files.readAllBytes(repositoryCopy));
    }

    @Test
    void keepsACopyThatWasEditedSinceTheFirstRun() throws Exception {
        Path feeds = dir.resolve("feeds");
        DemoFeeds.install(feeds, TODAY);
        Path feed = feeds.resolve("bric-a-brac.rss.xml");
        Files.writeString(feed, "<rss version=\"2.0\"><channel><title>edited</title></channel></rss>", StandardCharsets.UTF_8);

        DemoFeeds.install(feeds, TODAY.plusDays(1));

        assertThat(Files.readString(feed)).contains("edited");
        assertThat(Files.readString(feeds.resolve(DemoAgenda.FILE))).contains(DemoAgenda.en(TODAY.plusDays(1 + 24)));
    }

    @Test
    void registersEachFeedAtTheLocalServerUnderTheIdOfItsPublicAddress() {
        List<FeedRecord> records = DemoFeeds.records(List.of("ai-digest.json", "agenda-devops.rss.xml"),
                URI.create("http://127.0.0.1:41234/"), Instant.parse("2026-11-29T06:00:00Z"));

        assertThat(records).extracting(FeedRecord::url)
                .containsExactly("http://127.0.0.1:41234/ai-digest.json", "http://127.0.0.1:41234/agenda-devops.rss.xml");
        assertThat(records.get(0).id()).isEqualTo(FeedIds.of("https://demo.veille.test/ai-digest.json"));
        assertThat(records).allMatch(FeedRecord::enabled);
    }

    @Test
    void aFeedKeepsItsIdWhenTheLocalPortChanges() {
        Instant now = Instant.now();
        FeedRecord first = DemoFeeds.records(List.of("policy-watch.json"), URI.create("http://127.0.0.1:40001/"), now).get(0);
        FeedRecord second = DemoFeeds.records(List.of("policy-watch.json"), URI.create("http://127.0.0.1:40002/"), now).get(0);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.url()).isNotEqualTo(first.url());
    }

    @Test
    void onlyFeedFilesAreFeeds() {
        assertThat(DemoFeeds.isFeed("a.rss.xml")).isTrue();
        assertThat(DemoFeeds.isFeed("b.json")).isTrue();
        assertThat(DemoFeeds.isFeed("c.rdf")).isTrue();
        assertThat(DemoFeeds.isFeed("README.md")).isFalse();
        assertThat(DemoFeeds.isFeed("expected-topics.tsv")).isFalse();
    }
}
