package io.veille.enricher.bench;

import io.veille.common.event.RawArticle;
import io.veille.enricher.Understanding;
import io.veille.enricher.events.EventExtractor;
import io.veille.enricher.language.LanguageIdentifier;
import io.veille.enricher.sponsored.SponsoredDetector;
import io.veille.enricher.story.StoryId;
import io.veille.enricher.summary.LeadSummary;
import io.veille.enricher.summary.ReadingTime;
import io.veille.enricher.tagging.TopicTagger;
import io.veille.enricher.taxonomy.TaxonomyLoader;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where {@link Understanding#enrich} spends its time: the least CPU time per article of each step, over
 * five runs of ten rounds on the {@link UnderstandingBenchmark}'s 3 KB articles, after a warm-up. The least
 * is the figure other processes' load disturbs least. Run with {@code main}.
 */
public final class StepCpuTimes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StepCpuTimes() {
    }

    public static void main(String[] args) {
        List<RawArticle> articles = UnderstandingBenchmark.threeKilobyteArticles();
        LanguageIdentifier languages = new LanguageIdentifier();
        TopicTagger tagger = new TopicTagger(TaxonomyLoader.loadDefault());
        EventExtractor events = new EventExtractor();
        SponsoredDetector sponsored = new SponsoredDetector();
        Understanding understanding = Understanding.withDefaults();
        Map<RawArticle, String> language = new HashMap<>();
        articles.forEach(a -> language.put(a, languages.detect(a.title(), a.text(), a.languageHint()).code()));
        print("language", articles, a -> languages.detect(a.title(), a.text(), a.languageHint()));
        print("tagger", articles, a -> tagger.tag(a.title(), a.text(), language.get(a)));
        print("events", articles, a -> events.extract(a.title(), a.text(), a.publishedAt(), language.get(a)));
        print("sponsored", articles, a -> sponsored.isSponsored(a.title(), a.text()));
        print("story id", articles, a -> StoryId.of(a.text()));
        print("reading time", articles, a -> ReadingTime.minutes(a.text()));
        print("summary", articles, a -> LeadSummary.of(a.text(), language.get(a)));
        print("whole enrich", articles, understanding::enrich);
    }

    private static void print(String step, List<RawArticle> articles, Consumer<RawArticle> work) {
        for (int round = 0; round < 20; round++) { // warm-up
            articles.forEach(work);
        }
        double least = Double.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            for (int round = 0; round < 10; round++) {
                articles.forEach(work);
            }
            least = Math.min(least, (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e3 / (10.0 * articles.size()));
        }
        System.out.printf("%-13s %6.1f µs of CPU time per article (%,.0f articles/s)%n", step, least, 1e6 / least);
    }
}
