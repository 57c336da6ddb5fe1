package io.veille.app.up;

import io.veille.indexer.query.Results.Bucket;
import io.veille.indexer.query.Results.UpcomingEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryTest {
    private static UpcomingEvent event(String kind, String name, LocalDate start, LocalDate end, String city, String source) {
        return new UpcomingEvent(kind, "conference", name, start, end, null, city, "id-" + name, "Title of " + name,
                "https://demo.veille.test/x", source, List.of("devops-events"));
    }

    @Test
    void countsArticlesPerTopicListsTheNextEventsAndEndsWithTheDashboardLine() {
        List<String> lines = Summary.lines(84,
                List.of(new Bucket("open-source", 23), new Bucket("security", 15)),
                List.of(event("EVENT", "DevOps Days Lyon", LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 4), "Lyon", "Agenda DevOps"),
                        event("DEADLINE", "Call for papers", LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 15), null, "Journal du Libre")),
                3, "http://127.0.0.1:8080/");

        assertThat(lines.get(0)).isEqualTo("84 articles indexed and searchable.");
        assertThat(lines).contains("Per topic: open-source 23 · security 15");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("2026-12-03 → 2026-12-04", "event", "DevOps Days Lyon, Lyon (Agenda DevOps)"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("2027-01-15", "deadline", "Call for papers (Journal du Libre)"));
        assertThat(lines).contains("  … and 3 more on the dashboard");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Dashboard: http://127.0.0.1:8080/");
    }

    @Test
    void saysSoWhenNoEventIsAhead() {
        List<String> lines = Summary.lines(1, List.of(), List.of(), 0, "http://127.0.0.1:9999/");

        assertThat(lines).containsExactly("1 article indexed and searchable.",
                "No upcoming event or deadline in the articles.", "Dashboard: http://127.0.0.1:9999/");
    }

    @Test
    void wrapsALongListOfTopicsUnderItsLabel() {
        List<Bucket> many = java.util.stream.IntStream.range(0, 12).mapToObj(i -> new Bucket("topic-number-" + i, i)).toList();

        List<String> lines = Summary.wrapped("Per topic: ", many.stream().map(b -> b.key() + " " + b.count()).toList());

        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(Summary.WIDTH));
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).startsWith(" ".repeat("Per topic: ".length())));
        assertThat(String.join(" ", lines)).contains("topic-number-0 0", "topic-number-11 11");
    }
}
