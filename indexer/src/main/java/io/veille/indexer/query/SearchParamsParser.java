package io.veille.indexer.query;

import io.veille.common.config.Durations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns request parameters (HTTP query string, command-line options) into {@link SearchParams}, refusing
 * with an {@link InvalidParameterException} anything out of shape. Parameters:
 * {@code q}, {@code topic}, {@code lang}, {@code source}, {@code tag} (each repeatable or comma-separated),
 * {@code since} ({@code 24h}, {@code 7d}), {@code from}/{@code to} (ISO date or instant),
 * {@code sponsored} ({@code include}|{@code exclude}), {@code sort} ({@code relevance}|{@code newest}),
 * {@code size}, {@code after} (a cursor), {@code histogram} ({@code hour}|{@code day}|{@code week}|{@code month}).
 */
public final class SearchParamsParser {
    public static final Set<String> NAMES = Set.of("q", "topic", "lang", "source", "tag", "since", "from", "to",
            "sponsored", "sort", "size", "after", "histogram");
    public static final int MAX_TEXT = 500;
    public static final int MAX_VALUES = 20;
    private static final Pattern TOPIC = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Duration MAX_SINCE = Duration.ofDays(3650);

    private final Clock clock;

    public SearchParamsParser(Clock clock) {
        this.clock = clock;
    }

    public SearchParamsParser() {
        this(Clock.systemUTC());
    }

    public SearchParams parse(Map<String, List<String>> query) {
        for (String name : query.keySet()) {
            if (!NAMES.contains(name)) {
                throw new InvalidParameterException(name, "unknown parameter '" + truncate(name) + "'");
            }
        }
        String text = single(query, "q");
        if (text != null) {
            text = text.strip();
            if (text.length() > MAX_TEXT) {
                throw new InvalidParameterException("q", "q is longer than " + MAX_TEXT + " characters");
            }
            if (text.isEmpty()) {
                text = null;
            }
        }
        List<String> topics = list(query, "topic", TOPIC, "a topic id (lower-case letters, digits and dashes)");
        List<String> languages = list(query, "lang", LANGUAGE, "a 2- or 3-letter language code").stream()
                .map(l -> l.toLowerCase(Locale.ROOT)).toList();
        List<String> sources = list(query, "source", null, null);
        List<String> tags = list(query, "tag", null, null);
        Instant from = instant(query, "from");
        Instant to = instant(query, "to");
        String since = single(query, "since");
        if (since != null) {
            if (from != null) {
                throw new InvalidParameterException("since", "give since or from, not both");
            }
            from = clock.instant().minus(sinceDuration(since));
        }
        boolean excludeSponsored = switch (orDefault(single(query, "sponsored"), "include")) {
            case "include" -> false;
            case "exclude" -> true;
            default -> throw new InvalidParameterException("sponsored", "sponsored must be include or exclude");
        };
        SearchParams.Sort sort = switch (orDefault(single(query, "sort"), "")) {
            case "" -> null;
            case "relevance" -> SearchParams.Sort.RELEVANCE;
            case "newest", "date" -> SearchParams.Sort.NEWEST;
            default -> throw new InvalidParameterException("sort", "sort must be relevance or newest");
        };
        int size = integer(query, "size", SearchParams.DEFAULT_SIZE);
        String after = single(query, "after");
        Cursor cursor = after == null ? null : Cursor.decode(after);
        SearchParams.Interval histogram = interval(single(query, "histogram"), "histogram");
        return new SearchParams(text, topics, languages, sources, tags, from, to, excludeSponsored, sort, size,
                cursor, histogram);
    }

    /** {@code 24h}, {@code 7d}: positive, at most ten years. */
    public static Duration sinceDuration(String since) {
        Duration duration;
        try {
            duration = Durations.parse(since);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("since", "since must be a duration such as 24h or 7d");
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_SINCE) > 0) {
            throw new InvalidParameterException("since", "since must be positive and at most 3650d");
        }
        return duration;
    }

    /** {@code hour}, {@code day}, {@code week}, {@code month}, or null when absent. */
    public static SearchParams.Interval interval(String value, String parameter) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "hour" -> SearchParams.Interval.HOUR;
            case "day" -> SearchParams.Interval.DAY;
            case "week" -> SearchParams.Interval.WEEK;
            case "month" -> SearchParams.Interval.MONTH;
            default -> throw new InvalidParameterException(parameter, parameter + " must be hour, day, week or month");
        };
    }

    /** A topic id, checked. */
    public static String topic(String value, String parameter) {
        if (value == null || !TOPIC.matcher(value).matches()) {
            throw new InvalidParameterException(parameter, parameter + " must be a topic id (lower-case letters, digits and dashes)");
        }
        return value;
    }

    /** An integer within bounds. */
    public static int boundedInt(String value, String parameter, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new InvalidParameterException(parameter, parameter + " must be an integer between " + min + " and " + max);
    }

    static String single(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new InvalidParameterException(name, name + " is given more than once");
        }
        return values.get(0);
    }

    private static List<String> list(Map<String, List<String>> query, String name, Pattern pattern, String what) {
        List<String> result = new ArrayList<>();
        for (String value : query.getOrDefault(name, List.of())) {
            for (String item : value.split(",")) {
                String trimmed = item.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (trimmed.length() > 200 || trimmed.chars().anyMatch(Character::isISOControl)) {
                    throw new InvalidParameterException(name, name + " values must be at most 200 printable characters");
                }
                if (pattern != null && !pattern.matcher(trimmed.toLowerCase(Locale.ROOT)).matches()) {
                    throw new InvalidParameterException(name, name + " must be " + what + ", not '" + truncate(trimmed) + "'");
                }
                result.add(trimmed);
            }
        }
        if (result.size() > MAX_VALUES) {
            throw new InvalidParameterException(name, "at most " + MAX_VALUES + " values of " + name);
        }
        return result;
    }

    private static Instant instant(Map<String, List<String>> query, String name) {
        String value = single(query, name);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                throw new InvalidParameterException(name, name + " must be a date (2026-11-29) or an instant (2026-11-29T08:00:00Z)");
            }
        }
    }

    private static int integer(Map<String, List<String>> query, String name, int fallback) {
        String value = single(query, name);
        return value == null ? fallback : boundedInt(value, name, 1, SearchParams.MAX_SIZE);
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value.trim().toLowerCase(Locale.ROOT);
    }

    private static String truncate(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
