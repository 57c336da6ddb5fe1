package io.veille.indexer.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortMode;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.InnerHitsResult;
import co.elastic.clients.json.JsonData;
import io.veille.indexer.query.Results.ArticleHit;
import io.veille.indexer.query.Results.Bucket;
import io.veille.indexer.query.Results.DateBucket;
import io.veille.indexer.query.Results.SearchPage;
import io.veille.indexer.query.Results.TopicCount;
import io.veille.indexer.query.Results.Trend;
import io.veille.indexer.query.Results.UpcomingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ArticleQueries} on Elasticsearch, through the alias. Failures of Elasticsearch become a
 * {@link QueryFailedException} with a plain message; Elasticsearch's own text goes to the log only.
 */
public final class ElasticsearchArticleQueries implements ArticleQueries {
    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchArticleQueries.class);
    /** Fields a result list never needs: the long ones. */
    private static final List<String> LIST_EXCLUDES = List.of("text", "contentHtml", "links", "images", "topicScores",
            "titleSuggest");
    private static final int MAX_TOPICS = 100;

    private final ElasticsearchClient es;
    private final String alias;
    private final Clock clock;

    public ElasticsearchArticleQueries(ElasticsearchClient es, String alias, Clock clock) {
        this.es = es;
        this.alias = alias;
        this.clock = clock;
    }

    public ElasticsearchArticleQueries(ElasticsearchClient es, String alias) {
        this(es, alias, Clock.systemUTC());
    }

    @Override
    public SearchPage search(SearchParams p) {
        SearchResponse<Map> response = call("search", () -> es.search(s -> {
            s.index(alias).size(p.size()).trackTotalHits(t -> t.enabled(true))
                    .query(ArticleQueryBuilder.query(p))
                    .sort(ArticleQueryBuilder.sort(p))
                    .source(src -> src.filter(f -> f.excludes(LIST_EXCLUDES)))
                    .highlight(h -> h.requireFieldMatch(false).encoder(HighlighterEncoder.Html)
                            .preTags("<em>").postTags("</em>")
                            .fields("title", f -> f.numberOfFragments(0))
                            .fields("text", f -> f.fragmentSize(160).numberOfFragments(2)))
                    .aggregations("topics", a -> a.terms(t -> t.field("topics").size(30)))
                    .aggregations("sources", a -> a.terms(t -> t.field("source").size(30)))
                    .aggregations("languages", a -> a.terms(t -> t.field("language").size(10)));
            if (p.histogram() != null) {
                s.aggregations("histogram", a -> a.dateHistogram(d -> d.field("publishedAt")
                        .calendarInterval(calendar(p.histogram())).minDocCount(0)));
            }
            if (p.after() != null) {
                s.searchAfter(ArticleQueryBuilder.searchAfter(p.after()));
            }
            return s;
        }, Map.class));
        List<ArticleHit> hits = new ArrayList<>();
        String next = null;
        for (Hit<Map> hit : response.hits().hits()) {
            hits.add(toHit(hit));
        }
        if (hits.size() == p.size()) {
            Hit<Map> last = response.hits().hits().get(hits.size() - 1);
            next = ArticleQueryBuilder.cursorOf(last.sort()).encode();
        }
        Map<String, List<Bucket>> facets = new LinkedHashMap<>();
        for (String facet : List.of("topics", "sources", "languages")) {
            facets.put(facet, terms(response.aggregations().get(facet)));
        }
        List<DateBucket> histogram = p.histogram() == null ? null : dates(response.aggregations().get("histogram"));
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchPage(total, hits, next, facets, histogram);
    }

    @Override
    public Optional<Map<String, Object>> article(String id) {
        GetResponse<Map> response = call("article", () -> es.get(g -> g.index(alias).id(id), Map.class));
        @SuppressWarnings("unchecked")
        Map<String, Object> source = response.found() ? response.source() : null;
        return Optional.ofNullable(source);
    }

    @Override
    public List<ArticleHit> moreLikeThis(String id, int size) {
        if (article(id).isEmpty()) {
            return List.of();
        }
        SearchResponse<Map> response = call("more like this", () -> es.search(s -> s.index(alias).size(size)
                .query(q -> q.moreLikeThis(m -> m.fields("title", "text")
                        .like(l -> l.document(d -> d.index(alias).id(id)))
                        .minTermFreq(1).minDocFreq(1).maxQueryTerms(25).minimumShouldMatch("20%")))
                .source(src -> src.filter(f -> f.excludes(LIST_EXCLUDES))), Map.class));
        return response.hits().hits().stream().map(this::toHit).toList();
    }

    @Override
    public List<ArticleHit> storySiblings(String id, int size) {
        Optional<Map<String, Object>> article = article(id);
        Object story = article.map(a -> a.get("storyId")).orElse(null);
        if (!(story instanceof String storyId) || storyId.isBlank()) {
            return List.of();
        }
        SearchResponse<Map> response = call("story", () -> es.search(s -> s.index(alias).size(size)
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("storyId").value(storyId)))
                        .mustNot(m -> m.ids(i -> i.values(id)))))
                .sort(so -> so.field(f -> f.field("publishedAt").order(SortOrder.Desc).missing("_last")))
                .source(src -> src.filter(f -> f.excludes(LIST_EXCLUDES))), Map.class));
        return response.hits().hits().stream().map(this::toHit).toList();
    }

    @Override
    public List<UpcomingEvent> upcomingEvents(Duration within, List<String> topics, String kind, int size) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate last = today.plusDays(Math.max(0, within.toDays()));
        Query eventFilter = Query.of(q -> q.bool(b -> {
            b.filter(f -> f.range(r -> r.date(d -> d.field("events.end").gte(today.toString()))));
            b.filter(f -> f.range(r -> r.date(d -> d.field("events.start").lte(last.toString()))));
            if (kind != null) {
                b.filter(f -> f.term(t -> t.field("events.kind").value(kind)));
            }
            return b;
        }));
        SearchResponse<Map> response = call("upcoming events", () -> es.search(s -> s.index(alias).size(size)
                .query(q -> q.bool(b -> {
                    b.filter(f -> f.nested(n -> n.path("events").query(eventFilter)
                            .innerHits(ih -> ih.size(10).sort(so -> so.field(fs -> fs.field("events.start").order(SortOrder.Asc))))));
                    if (!topics.isEmpty()) {
                        b.filter(ArticleQueryBuilder.terms("topics", topics));
                    }
                    return b;
                }))
                .sort(so -> so.field(f -> f.field("events.start").order(SortOrder.Asc).mode(SortMode.Min)
                        .nested(n -> n.path("events").filter(eventFilter))))
                .source(src -> src.filter(f -> f.includes("id", "title", "url", "source", "topics"))), Map.class));
        List<UpcomingEvent> events = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            Map<?, ?> article = hit.source();
            InnerHitsResult inner = hit.innerHits().get("events");
            if (inner == null || article == null) {
                continue;
            }
            for (Hit<JsonData> eventHit : inner.hits().hits()) {
                Map<?, ?> e = eventHit.source().to(Map.class);
                events.add(new UpcomingEvent(str(e.get("kind")), str(e.get("type")), str(e.get("name")),
                        LocalDate.parse(str(e.get("start"))), LocalDate.parse(str(e.get("end"))), str(e.get("venue")),
                        str(e.get("city")), str(article.get("id")), str(article.get("title")), str(article.get("url")),
                        str(article.get("source")), strings(article.get("topics"))));
            }
        }
        events.sort(Comparator.comparing(UpcomingEvent::start).thenComparing(UpcomingEvent::articleId));
        return events.size() > size ? events.subList(0, size) : events;
    }

    @Override
    public List<TopicCount> topicCounts() {
        Instant now = clock.instant();
        String weekAgo = now.minus(7, ChronoUnit.DAYS).toString();
        String dayAgo = now.minus(1, ChronoUnit.DAYS).toString();
        SearchResponse<Map> response = call("topic counts", () -> es.search(s -> s.index(alias).size(0)
                .query(q -> q.range(r -> r.date(d -> d.field("publishedAt").gte(weekAgo))))
                .aggregations("week", a -> a.terms(t -> t.field("topics").size(MAX_TOPICS)))
                .aggregations("day", a -> a.filter(f -> f.range(r -> r.date(d -> d.field("publishedAt").gte(dayAgo))))
                        .aggregations("topics", sub -> sub.terms(t -> t.field("topics").size(MAX_TOPICS)))), Map.class));
        Map<String, Long> week = new HashMap<>();
        terms(response.aggregations().get("week")).forEach(b -> week.put(b.key(), b.count()));
        Map<String, Long> day = new HashMap<>();
        terms(response.aggregations().get("day").filter().aggregations().get("topics")).forEach(b -> day.put(b.key(), b.count()));
        return week.keySet().stream()
                .map(topic -> new TopicCount(topic, day.getOrDefault(topic, 0L), week.get(topic)))
                .sorted(Comparator.comparingLong(TopicCount::last24h).reversed()
                        .thenComparing(Comparator.comparingLong(TopicCount::last7d).reversed())
                        .thenComparing(TopicCount::topic))
                .toList();
    }

    @Override
    public Trend trend(String topic, SearchParams.Interval interval, Duration window) {
        Instant now = clock.instant();
        String since = now.minus(window).toString();
        SearchResponse<Map> response = call("trend", () -> es.search(s -> s.index(alias).size(0)
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("topics").value(topic)))
                        .filter(f -> f.range(r -> r.date(d -> d.field("publishedAt").gte(since).lte(now.toString()))))))
                .aggregations("histogram", a -> a.dateHistogram(d -> d.field("publishedAt")
                        .calendarInterval(calendar(interval)).minDocCount(0)
                        .extendedBounds(e -> e.min(FieldDateMath.of(m -> m.expr(since))).max(FieldDateMath.of(m -> m.expr(now.toString())))))), Map.class));
        return new Trend(topic, interval.json(), dates(response.aggregations().get("histogram")));
    }

    @Override
    public List<String> suggestTitles(String prefix, int size) {
        SearchResponse<Map> response = call("suggest", () -> es.search(s -> s.index(alias).size(0)
                .suggest(sg -> sg.suggesters("titles", fs -> fs.prefix(prefix)
                        .completion(c -> c.field("titleSuggest").size(size).skipDuplicates(true)))), Map.class));
        List<String> titles = new ArrayList<>();
        var suggestions = response.suggest().get("titles");
        if (suggestions != null) {
            for (var suggestion : suggestions) {
                if (suggestion.isCompletion()) {
                    suggestion.completion().options().forEach(option -> titles.add(option.text()));
                }
            }
        }
        return titles;
    }

    @Override
    public boolean ready() {
        try {
            return es.indices().existsAlias(a -> a.name(alias)).value();
        } catch (IOException | ElasticsearchException e) {
            return false;
        }
    }

    private ArticleHit toHit(Hit<Map> hit) {
        Map<?, ?> s = hit.source() == null ? Map.of() : hit.source();
        String published = str(s.get("publishedAt"));
        Object sponsored = s.get("sponsored");
        return new ArticleHit(hit.id(), str(s.get("title")), str(s.get("url")), str(s.get("source")),
                published == null ? null : Instant.parse(published), str(s.get("language")), strings(s.get("topics")),
                str(s.get("storyId")), Boolean.TRUE.equals(sponsored), str(s.get("summary")), hit.score(),
                hit.highlight() == null || hit.highlight().isEmpty() ? null : hit.highlight());
    }

    private static List<Bucket> terms(Aggregate aggregate) {
        if (aggregate == null || !aggregate.isSterms()) {
            return List.of();
        }
        List<Bucket> buckets = new ArrayList<>();
        for (StringTermsBucket b : aggregate.sterms().buckets().array()) {
            buckets.add(new Bucket(b.key().stringValue(), b.docCount()));
        }
        return buckets;
    }

    private static List<DateBucket> dates(Aggregate aggregate) {
        if (aggregate == null || !aggregate.isDateHistogram()) {
            return List.of();
        }
        List<DateBucket> buckets = new ArrayList<>();
        for (DateHistogramBucket b : aggregate.dateHistogram().buckets().array()) {
            buckets.add(new DateBucket(Instant.ofEpochMilli(b.key()), b.docCount()));
        }
        return buckets;
    }

    private static CalendarInterval calendar(SearchParams.Interval interval) {
        return switch (interval) {
            case HOUR -> CalendarInterval.Hour;
            case DAY -> CalendarInterval.Day;
            case WEEK -> CalendarInterval.Week;
            case MONTH -> CalendarInterval.Month;
        };
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    private <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (ElasticsearchException e) {
            LOG.warn("Elasticsearch refused the {} query: {}", what, e.getMessage());
            throw new QueryFailedException("the index could not answer the " + what + " query", e);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Elasticsearch unreachable for the {} query: {}", what, e.toString());
            throw new QueryFailedException("the index is unreachable", e);
        }
    }
}
