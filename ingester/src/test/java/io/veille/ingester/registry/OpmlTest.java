package io.veille.ingester.registry;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpmlTest {
    private static final Instant NOW = Instant.parse("2026-02-10T12:00:00Z");
    private static final String FRESHRSS_EXPORT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0">
              <head><title>Abonnements</title></head>
              <body>
                <outline text="Tech">
                  <outline text="DevOps">
                    <outline type="rss" text="Le Terminal Bavard" xmlUrl="https://blog.example/feed.xml?utm_source=x" htmlUrl="https://blog.example/"/>
                  </outline>
                  <outline type="rss" text="Patch Notes" xmlUrl="https://sec.example/rss" category="/security,/news/eu"/>
                </outline>
                <outline type="rss" title="Loose &amp; free" xmlUrl="https://loose.example/atom.xml"/>
                <outline type="rss" text="Duplicate" xmlUrl="https://BLOG.example/feed.xml"/>
              </body>
            </opml>
            """;

    @Test
    void nestedOutlinesAndCategoriesBecomeTags() throws Exception {
        List<FeedRecord> feeds = Opml.read(FRESHRSS_EXPORT.getBytes(StandardCharsets.UTF_8), NOW);
        assertThat(feeds).extracting(FeedRecord::title).containsExactly("Le Terminal Bavard", "Patch Notes", "Loose & free");
        assertThat(feeds.get(0).tags()).containsExactly("Tech", "DevOps");
        assertThat(feeds.get(0).siteUrl()).isEqualTo("https://blog.example/");
        assertThat(feeds.get(1).tags()).containsExactly("Tech", "security", "news", "eu");
        assertThat(feeds.get(2).tags()).isEmpty();
        assertThat(feeds.get(0).id()).isEqualTo(FeedIds.of("https://blog.example/feed.xml"));
    }

    @Test
    void exportIsOpml2ThatReadsBackToTheSameFeeds() throws Exception {
        List<FeedRecord> feeds = Opml.read(FRESHRSS_EXPORT.getBytes(StandardCharsets.UTF_8), NOW);
        String exported = Opml.write(feeds, "Veille <feeds>", NOW);
        assertThat(exported).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">")
                .contains("<dateCreated>Tue, 10 Feb 2026 12:00:00 GMT</dateCreated>")
                .contains("<title>Veille &lt;feeds&gt;</title>");
        List<FeedRecord> back = Opml.read(exported.getBytes(StandardCharsets.UTF_8), NOW);
        assertThat(back).extracting(FeedRecord::id).containsExactlyElementsOf(feeds.stream().map(FeedRecord::id).toList());
        assertThat(back).extracting(FeedRecord::tags).containsExactlyElementsOf(feeds.stream().map(FeedRecord::tags).toList());
        assertThat(back).extracting(FeedRecord::title).containsExactlyElementsOf(feeds.stream().map(FeedRecord::title).toList());
    }

    @Test
    void aDoctypeIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<opml version=\"2.0\"><body><outline text=\"&x;\" xmlUrl=\"https://a.example/\"/></body></opml>";
        assertThatThrownBy(() -> Opml.read(xxe.getBytes(StandardCharsets.UTF_8), NOW)).isInstanceOf(FeedFileException.class);
    }

    @Test
    void yamlListsCarryPerFeedOptions() throws Exception {
        String yaml = """
                feeds:
                  - url: https://blog.example/feed.xml
                    title: Le Terminal Bavard
                    tags: [devops, fr]
                    full-text: true
                    language: fr
                    min-interval: 15m
                    max-interval: 12h
                  - url: https://sec.example/rss
                    enabled: false
                """;
        List<FeedRecord> feeds = YamlFeeds.read(yaml.getBytes(StandardCharsets.UTF_8), NOW);
        assertThat(feeds).hasSize(2);
        FeedRecord first = feeds.get(0);
        assertThat(first.fullText()).isTrue();
        assertThat(first.language()).isEqualTo("fr");
        assertThat(first.minInterval()).hasMinutes(15);
        assertThat(first.maxInterval()).hasHours(12);
        assertThat(first.tags()).containsExactly("devops", "fr");
        assertThat(feeds.get(1).enabled()).isFalse();
        assertThatThrownBy(() -> YamlFeeds.read("feeds:\n  - title: no url\n".getBytes(StandardCharsets.UTF_8), NOW))
                .hasMessageContaining("feed #1 has no url");
    }
}
