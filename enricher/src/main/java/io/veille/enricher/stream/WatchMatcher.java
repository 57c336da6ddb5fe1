package io.veille.enricher.stream;

import io.veille.common.event.EnrichedArticle;
import io.veille.common.event.TopicScore;
import io.veille.common.event.Watch;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Decides whether an enriched article matches an editor's watch, and says why. Every non-empty
 * criterion of the watch must hold; keywords are matched as whole words, ignoring case and accents.
 */
final class WatchMatcher {
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    /** Compiled whole-word patterns of the watches' keywords; bounded, since watches come and go. */
    private static final Map<String, Pattern> KEYWORD_PATTERNS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_KEYWORDS = 10_000;

    private WatchMatcher() {
    }

    /** The matched topics and the reason, or empty when the article does not match. */
    static Optional<Match> match(Watch watch, EnrichedArticle article) {
        return match(watch, new Candidate(article));
    }

    /** Same, for an article matched against many watches: its folded text is computed once. */
    static Optional<Match> match(Watch watch, Candidate candidate) {
        EnrichedArticle article = candidate.article();
        List<String> reasons = new ArrayList<>();
        List<String> articleTopics = article.topicIds();
        List<String> matchedTopics = new ArrayList<>();

        if (!watch.topicsAll().isEmpty()) {
            if (!articleTopics.containsAll(watch.topicsAll())) {
                return Optional.empty();
            }
            matchedTopics.addAll(watch.topicsAll());
            reasons.add("all of topics " + watch.topicsAll());
        }
        if (!watch.topicsAny().isEmpty()) {
            List<String> any = watch.topicsAny().stream().filter(articleTopics::contains).toList();
            if (any.isEmpty()) {
                return Optional.empty();
            }
            any.stream().filter(t -> !matchedTopics.contains(t)).forEach(matchedTopics::add);
            reasons.add("topic " + String.join(", ", any));
        }
        if (watch.minScore() > 0) {
            double best = article.topics().stream()
                    .filter(t -> matchedTopics.isEmpty() || matchedTopics.contains(t.id()))
                    .mapToDouble(TopicScore::score).max().orElse(0);
            if (best < watch.minScore()) {
                return Optional.empty();
            }
        }
        if (!watch.languages().isEmpty()) {
            if (article.language() == null || watch.languages().stream().noneMatch(l -> l.equalsIgnoreCase(article.language()))) {
                return Optional.empty();
            }
            reasons.add("language " + article.language());
        }
        if (!watch.sources().isEmpty()) {
            String feedId = article.article().feedId();
            String source = article.article().source();
            boolean fromSource = watch.sources().stream().anyMatch(s -> s.equalsIgnoreCase(feedId == null ? "" : feedId)
                    || s.equalsIgnoreCase(source == null ? "" : source));
            if (!fromSource) {
                return Optional.empty();
            }
            reasons.add("source " + (source != null ? source : feedId));
        }
        if (!watch.keywords().isEmpty()) {
            String haystack = candidate.foldedText();
            List<String> found = watch.keywords().stream()
                    .filter(k -> !k.isBlank())
                    .filter(k -> keywordPattern(k).matcher(haystack).find())
                    .toList();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            reasons.add("keyword " + String.join(", ", found));
        }
        if (reasons.isEmpty() && watch.minScore() <= 0) {
            return Optional.empty(); // a watch with no criterion matches nothing rather than everything
        }
        return Optional.of(new Match(matchedTopics, reasons.isEmpty() ? "score ≥ " + watch.minScore() : String.join("; ", reasons)));
    }

    static String fold(String text) {
        return DIACRITICS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static Pattern keywordPattern(String keyword) {
        if (KEYWORD_PATTERNS.size() > MAX_CACHED_KEYWORDS) {
            KEYWORD_PATTERNS.clear();
        }
        return KEYWORD_PATTERNS.computeIfAbsent(keyword,
                k -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(fold(k).trim()) + "(?![\\p{L}\\p{N}])"));
    }

    record Match(List<String> topics, String reason) {
    }

    /** An article about to be matched against the watches; its title and text are folded once, when a keyword watch first asks. */
    static final class Candidate {
        private final EnrichedArticle article;
        private String foldedText;

        Candidate(EnrichedArticle article) {
            this.article = article;
        }

        EnrichedArticle article() {
            return article;
        }

        String foldedText() {
            if (foldedText == null) {
                String text = article.article().text() == null ? "" : article.article().text();
                foldedText = " " + fold(article.article().title() + " " + text) + " ";
            }
            return foldedText;
        }
    }
}
