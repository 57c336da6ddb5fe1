package io.veille.bench.generate;

import io.veille.common.event.RawArticle;
import io.veille.enricher.taxonomy.Taxonomy;
import io.veille.enricher.taxonomy.TaxonomyLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ArticleGeneratorTest {
    private static Taxonomy taxonomy;
    private static List<ArticleGenerator.Synthetic> sample;

    @BeforeAll
    static void generate() {
        taxonomy = TaxonomyLoader.loadDefault();
        ArticleGenerator generator = new ArticleGenerator(42, taxonomy);
        sample = IntStream.range(0, 2_000).mapToObj(generator::generate).toList();
    }

    @Test
    void the_same_seed_gives_the_same_articles_in_any_order() {
        ArticleGenerator again = new ArticleGenerator(42, taxonomy);
        assertThat(again.generate(1_234)).isEqualTo(sample.get(1_234));
        assertThat(again.articles(0, 50)).isEqualTo(sample.subList(0, 50).stream().map(ArticleGenerator.Synthetic::article).toList());
    }

    @Test
    void another_seed_gives_other_articles() {
        RawArticle other = new ArticleGenerator(43, taxonomy).generate(7).article();
        assertThat(other.text()).isNotEqualTo(sample.get(7).article().text());
        assertThat(other.id()).isNotEqualTo(sample.get(7).article().id());
    }

    @Test
    void every_article_has_its_own_url_id_and_content_hash() {
        Set<String> ids = new HashSet<>();
        Set<String> hashes = new HashSet<>();
        for (ArticleGenerator.Synthetic s : sample) {
            ids.add(s.article().id());
            hashes.add(s.article().contentHash());
        }
        assertThat(ids).hasSize(sample.size());
        assertThat(hashes).hasSize(sample.size());
    }

    @Test
    void mixes_french_and_english_in_the_stated_proportion() {
        double french = sample.stream().filter(s -> s.language().equals("fr")).count() / (double) sample.size();
        assertThat(french).isCloseTo(ArticleGenerator.FRENCH_SHARE, within(0.04));
        ArticleGenerator.Synthetic fr = sample.stream().filter(s -> s.language().equals("fr")).findFirst().orElseThrow();
        ArticleGenerator.Synthetic en = sample.stream().filter(s -> s.language().equals("en")).findFirst().orElseThrow();
        assertThat(fr.article().text()).containsAnyOf(" les ", " des ", " la ", " une ");
        assertThat(en.article().text()).containsAnyOf(" the ", " and ", " with ");
    }

    @Test
    void text_is_about_three_kilobytes_with_html_around_it() {
        double average = sample.stream().mapToInt(s -> s.article().text().length()).average().orElseThrow();
        assertThat(average).isBetween(2_700.0, 3_500.0);
        for (ArticleGenerator.Synthetic s : sample) {
            RawArticle a = s.article();
            assertThat(a.text().length()).isBetween(2_300, 4_600);
            assertThat(a.contentHtml()).startsWith("<article").contains("<p>").endsWith("</article>");
            assertThat(a.contentHtml().length()).isGreaterThan(a.text().length());
        }
    }

    @Test
    void topics_come_in_the_stated_proportions() {
        for (Map.Entry<String, Double> share : ArticleGenerator.TOPIC_SHARES.entrySet()) {
            double observed = sample.stream().filter(s -> share.getKey().equals(s.topic())).count() / (double) sample.size();
            assertThat(observed).as(share.getKey()).isCloseTo(share.getValue() * (1 - ArticleGenerator.NO_TOPIC_SHARE), within(0.035));
        }
        double none = sample.stream().filter(s -> s.topic() == null).count() / (double) sample.size();
        assertThat(none).isCloseTo(ArticleGenerator.NO_TOPIC_SHARE, within(0.03));
    }

    @Test
    void an_article_about_a_topic_uses_that_topics_terms() {
        for (ArticleGenerator.Synthetic s : sample.subList(0, 300)) {
            if (s.topic() == null) {
                continue;
            }
            String text = (s.article().title() + " " + s.article().text()).toLowerCase(Locale.ROOT);
            Map<String, Map<String, Double>> terms = taxonomy.topics().stream()
                    .filter(t -> t.id().equals(s.topic())).findFirst().orElseThrow().terms();
            boolean uses = terms.values().stream().flatMap(m -> m.keySet().stream())
                    .anyMatch(term -> text.contains(term.toLowerCase(Locale.ROOT)));
            assertThat(uses).as("article %s about %s", s.article().id(), s.topic()).isTrue();
        }
    }

    @Test
    void articles_are_published_in_index_order() {
        for (int i = 1; i < 100; i++) {
            assertThat(sample.get(i).article().publishedAt()).isAfter(sample.get(i - 1).article().publishedAt());
        }
    }
}
