package io.veille.ingester;

import static org.assertj.core.api.Assertions.assertThat;

import io.veille.common.event.RawArticle;
import io.veille.ingester.normalize.ArticleNormalizer;
import io.veille.ingester.normalize.FeedContext;
import io.veille.ingester.parse.FeedFormat;
import io.veille.ingester.parse.FeedParser;
import io.veille.ingester.parse.ParsedFeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled sample feeds (samples/feeds at the repository root) parse cleanly and hold what the demo needs. */
class SampleFeedsTest {
    static final Path SAMPLES = Path.of("..", "samples", "feeds");
    static final List<RawArticle> ARTICLES = new ArrayList<>();
    static final Set<FeedFormat> FORMATS = EnumSet.noneOf(FeedFormat.class);

    @BeforeAll
    static void parseAll() throws Exception {
        FeedParser parser = new FeedParser();
        ArticleNormalizer normalizer = new ArticleNormalizer();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path f : files.filter(p -> p.toString().matches(".*\\.(xml|json|rdf)$")).sorted().toList()) {
                ParsedFeed feed = parser.parse(Files.readAllBytes(f), null, f.toUri());
                assertThat(feed.warnings()).as(f.toString()).isEmpty();
                FORMATS.add(feed.format());
                ARTICLES.addAll(normalizer.normalize(feed, new FeedContext(f.getFileName().toString(), f.toUri(),
                        f.toString(), Instant.parse("2026-02-09T00:00:00Z"))));
            }
        }
    }

    @Test
    void atLeastEightyArticlesInEveryMainFormat() {
        assertThat(ARTICLES).hasSizeGreaterThanOrEqualTo(80);
        assertThat(FORMATS).contains(FeedFormat.RSS_2_0, FeedFormat.RSS_1_0, FeedFormat.ATOM_1_0,
                FeedFormat.JSON_FEED_1_0, FeedFormat.JSON_FEED_1_1);
        assertThat(ARTICLES).extracting(RawArticle::languageHint).contains("fr", "en");
        assertThat(ARTICLES).noneMatch(RawArticle::dateMissing);
        assertThat(ARTICLES).extracting(RawArticle::id).doesNotHaveDuplicates();
    }

    @Test
    void linksUseTheDemoHostWithoutTrackingParameters() {
        assertThat(ARTICLES).allSatisfy(a -> assertThat(a.url()).startsWith("https://demo.veille.test/").doesNotContain("utm_"));
    }

    @Test
    void excerptOnlyFeedsHaveTheirArticlePagesBesideThem() {
        List<RawArticle> excerpts = ARTICLES.stream().filter(RawArticle::excerptOnly).toList();
        assertThat(excerpts).hasSizeGreaterThanOrEqualTo(20);
        for (RawArticle a : excerpts) {
            Path page = SAMPLES.resolve(a.url().replace("https://demo.veille.test/", ""));
            assertThat(page).as(a.url()).exists();
        }
    }

    @Test
    void seedShapesArePresent() {
        assertThat(ARTICLES).anySatisfy(a -> assertThat(a.text()).contains("Article sponsorisé").contains("19 mars 2026").contains("Subsistances"));
        assertThat(ARTICLES).anySatisfy(a -> assertThat(a.text()).contains("consultation est ouverte jusqu'au 3 mars 2026").endsWith("Source"));
        assertThat(ARTICLES).anySatisfy(a -> assertThat(a.contentHtml()).contains("•"));
    }
}
