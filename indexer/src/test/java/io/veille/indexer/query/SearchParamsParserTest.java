package io.veille.indexer.query;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchParamsParserTest {
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private final SearchParamsParser parser = new SearchParamsParser(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void readsEveryFilter() {
        SearchParams p = parser.parse(Map.of(
                "q", List.of("  logiciel libre  "),
                "topic", List.of("open-source,digital-sovereignty", "ai"),
                "lang", List.of("FR"),
                "source", List.of("Weekly Infra"),
                "tag", List.of("fr-tech"),
                "since", List.of("7d"),
                "sponsored", List.of("exclude"),
                "size", List.of("50"),
                "histogram", List.of("day")));
        assertThat(p.text()).isEqualTo("logiciel libre");
        assertThat(p.topics()).containsExactly("open-source", "digital-sovereignty", "ai");
        assertThat(p.languages()).containsExactly("fr");
        assertThat(p.sources()).containsExactly("Weekly Infra");
        assertThat(p.tags()).containsExactly("fr-tech");
        assertThat(p.from()).isEqualTo(Instant.parse("2026-11-22T12:00:00Z"));
        assertThat(p.excludeSponsored()).isTrue();
        assertThat(p.size()).isEqualTo(50);
        assertThat(p.sort()).isEqualTo(SearchParams.Sort.RELEVANCE);
        assertThat(p.histogram()).isEqualTo(SearchParams.Interval.DAY);
    }

    @Test
    void withoutTextTheNewestComeFirst() {
        assertThat(parser.parse(Map.of()).sort()).isEqualTo(SearchParams.Sort.NEWEST);
    }

    @Test
    void datesAcceptDaysAndInstants() {
        SearchParams p = parser.parse(Map.of("from", List.of("2026-11-01"), "to", List.of("2026-11-02T10:00:00Z")));
        assertThat(p.from()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(p.to()).isEqualTo(Instant.parse("2026-11-02T10:00:00Z"));
    }

    @Test
    void refusesBadValuesNamingTheParameter() {
        assertRefused(Map.of("size", List.of("0")), "size");
        assertRefused(Map.of("size", List.of("101")), "size");
        assertRefused(Map.of("size", List.of("ten")), "size");
        assertRefused(Map.of("since", List.of("yesterday")), "since");
        assertRefused(Map.of("since", List.of("0s")), "since");
        assertRefused(Map.of("topic", List.of("Open Source!")), "topic");
        assertRefused(Map.of("lang", List.of("french")), "lang");
        assertRefused(Map.of("from", List.of("last week")), "from");
        assertRefused(Map.of("from", List.of("2026-11-05"), "to", List.of("2026-11-01")), "from");
        assertRefused(Map.of("sort", List.of("random")), "sort");
        assertRefused(Map.of("sponsored", List.of("maybe")), "sponsored");
        assertRefused(Map.of("histogram", List.of("minute")), "histogram");
        assertRefused(Map.of("after", List.of("%%%not-base64")), "after");
        assertRefused(Map.of("q", List.of("x".repeat(501))), "q");
        assertRefused(Map.of("q", List.of("a", "b")), "q");
        assertRefused(Map.of("query", List.of("typo in the name")), "query");
        assertRefused(Map.of("since", List.of("7d"), "from", List.of("2026-11-01")), "since");
    }

    @Test
    void aCursorOfANewestFirstSearchIsRefusedForARelevanceSearch() {
        String newestCursor = new Cursor(List.of(1_700_000_000_000L, "abc")).encode();
        assertThat(parser.parse(Map.of("after", List.of(newestCursor))).after()).isNotNull();
        assertRefused(Map.of("q", List.of("cloud"), "after", List.of(newestCursor)), "after");
    }

    private void assertRefused(Map<String, List<String>> query, String parameter) {
        assertThatThrownBy(() -> parser.parse(query)).as(query.toString())
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo(parameter));
    }
}
