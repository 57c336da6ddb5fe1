package io.veille.indexer.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the typed Elasticsearch query of a {@link SearchParams}: the user's text only ever travels as the
 * text of a {@code simple_query_string} (which never fails on syntax), every other value as the term of a
 * filter. Pure: no I/O, so it is tested by looking at the JSON it produces.
 */
public final class ArticleQueryBuilder {
    /** Fields searched by free text; {@code title.*} and {@code text.*} match the language subfields when present. */
    public static final List<String> TEXT_FIELDS = List.of("title^3", "title.*^3", "summary^2", "text", "text.*");

    private ArticleQueryBuilder() {
    }

    /** The query part: text (scored) and filters (not scored). */
    public static Query query(SearchParams p) {
        return Query.of(q -> q.bool(b -> {
            if (p.text() != null) {
                b.must(m -> m.simpleQueryString(s -> s.query(p.text()).fields(TEXT_FIELDS)
                        .defaultOperator(Operator.And).lenient(true)));
            }
            filters(b, p);
            return b;
        }));
    }

    /** The filter clauses of {@code p}, added to {@code b}. */
    static void filters(BoolQuery.Builder b, SearchParams p) {
        if (!p.topics().isEmpty()) {
            b.filter(terms("topics", p.topics()));
        }
        if (!p.languages().isEmpty()) {
            b.filter(terms("language", p.languages()));
        }
        if (!p.sources().isEmpty()) {
            b.filter(f -> f.bool(any -> any.should(terms("source", p.sources())).should(terms("feedId", p.sources()))
                    .minimumShouldMatch("1")));
        }
        if (!p.tags().isEmpty()) {
            b.filter(f -> f.bool(any -> any.should(terms("feedTags", p.tags())).should(terms("categories", p.tags()))
                    .minimumShouldMatch("1")));
        }
        if (p.from() != null || p.to() != null) {
            b.filter(f -> f.range(r -> r.date(d -> {
                d.field("publishedAt");
                if (p.from() != null) {
                    d.gte(p.from().toString());
                }
                if (p.to() != null) {
                    d.lt(p.to().toString());
                }
                return d;
            })));
        }
        if (p.excludeSponsored()) {
            b.mustNot(m -> m.term(t -> t.field("sponsored").value(true)));
        }
    }

    /** The sort: relevance then newest then id (a unique tiebreaker for {@code search_after}), or newest then id. */
    public static List<SortOptions> sort(SearchParams p) {
        List<SortOptions> sort = new ArrayList<>();
        if (p.sort() == SearchParams.Sort.RELEVANCE) {
            sort.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
        }
        sort.add(SortOptions.of(s -> s.field(f -> f.field("publishedAt").order(SortOrder.Desc).missing("_last"))));
        sort.add(SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc))));
        return sort;
    }

    /** The cursor values as {@code search_after} wants them. */
    public static List<FieldValue> searchAfter(Cursor cursor) {
        List<FieldValue> values = new ArrayList<>();
        for (Object value : cursor.values()) {
            if (value instanceof Long l) {
                values.add(FieldValue.of(l));
            } else if (value instanceof Double d) {
                values.add(FieldValue.of(d));
            } else {
                values.add(FieldValue.of(String.valueOf(value)));
            }
        }
        return values;
    }

    /** A page cursor from the sort values of a hit. */
    public static Cursor cursorOf(List<FieldValue> sortValues) {
        List<Object> values = new ArrayList<>();
        for (FieldValue value : sortValues) {
            if (value.isLong()) {
                values.add(value.longValue());
            } else if (value.isDouble()) {
                values.add(value.doubleValue());
            } else if (value.isString()) {
                values.add(value.stringValue());
            } else {
                values.add(String.valueOf(value._get()));
            }
        }
        return new Cursor(values);
    }

    static Query terms(String field, List<String> values) {
        return Query.of(q -> q.terms(t -> t.field(field)
                .terms(v -> v.value(values.stream().map(FieldValue::of).toList()))));
    }
}
