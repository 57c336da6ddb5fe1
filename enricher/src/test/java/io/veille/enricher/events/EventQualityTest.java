package io.veille.enricher.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.veille.common.event.ArticleEvent;
import io.veille.common.event.EventJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the extractor over every labelled article of {@code devset/*.jsonl} and measures the share of
 * labelled events and deadlines found with the exact kind, start and end, for all articles, the dev part
 * and the held-out part, with the number of spurious extractions. Misses are listed for the dev part only:
 * the held-out part is never looked at in detail, so that it stays honest.
 */
class EventQualityTest {
    private static final double TARGET = 0.90;
    private static final List<JsonNode> ARTICLES = new ArrayList<>();
    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @BeforeAll
    static void readDevSet() throws IOException, URISyntaxException {
        Path dir = Path.of(EventQualityTest.class.getResource("/devset").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        ARTICLES.add(EventJson.mapper().readTree(line));
                    }
                }
            }
        }
    }

    /** Counts for one part of the set. */
    private static final class Score {
        int labelled;
        int found;
        int spurious;
        int articles;

        double recall() {
            return labelled == 0 ? 1.0 : (double) found / labelled;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d articles, %d/%d events and deadlines found with exact kind and dates"
                    + " (%.3f), %d spurious", articles, found, labelled, recall(), spurious);
        }
    }

    @Test
    void findsAtLeastNinetyPercentOfLabelledEventsWithExactKindAndDates() {
        Score all = new Score();
        Score dev = new Score();
        Score heldout = new Score();
        List<String> devMisses = new ArrayList<>();
        for (JsonNode a : ARTICLES) {
            String split = a.path("split").asText("dev");
            Instant published = a.hasNonNull("publishedAt") ? Instant.parse(a.get("publishedAt").asText()) : null;
            List<ArticleEvent> got = new ArrayList<>(EXTRACTOR.extract(a.path("title").asText(null),
                    a.path("text").asText(null), published, a.path("lang").asText(null)));
            int labelled = 0;
            int found = 0;
            for (JsonNode e : a.path("events")) {
                labelled++;
                ArticleEvent match = null;
                for (ArticleEvent g : got) {
                    if (g.kind() == ArticleEvent.Kind.fromJson(e.get("kind").asText())
                            && g.start().equals(LocalDate.parse(e.get("start").asText()))
                            && g.end().equals(LocalDate.parse(e.path("end").asText(e.get("start").asText())))) {
                        match = g;
                        break;
                    }
                }
                if (match != null) {
                    found++;
                    got.remove(match);
                } else if (!"heldout".equals(split)) {
                    devMisses.add(a.get("id").asText() + " missed " + e);
                }
            }
            if (!"heldout".equals(split)) {
                for (ArticleEvent g : got) {
                    devMisses.add(a.get("id").asText() + " spurious " + g);
                }
            }
            for (Score s : new Score[] {all, "heldout".equals(split) ? heldout : dev}) {
                s.articles++;
                s.labelled += labelled;
                s.found += found;
                s.spurious += got.size();
            }
        }
        System.out.println("[events] all:     " + all);
        System.out.println("[events] dev:     " + dev);
        System.out.println("[events] heldout: " + heldout);
        devMisses.forEach(m -> System.out.println("[events] dev " + m));
        assertThat(all.labelled).as("labelled events in the dev set").isGreaterThan(0);
        assertThat(all.recall()).as("share of events and deadlines found, all articles").isGreaterThanOrEqualTo(TARGET);
    }
}
