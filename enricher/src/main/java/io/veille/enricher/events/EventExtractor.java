package io.veille.enricher.events;

import io.veille.common.event.ArticleEvent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads the events and deadlines an article announces, in French or English: each day-precise date of the
 * title and text that a conference, meetup, release, webinar or hackathon takes place on (an
 * {@link ArticleEvent.Kind#EVENT event}), or that a consultation, call for papers, registration, ticket sale
 * or call for applications closes on (a {@link ArticleEvent.Kind#DEADLINE deadline}), with the event's name,
 * venue and city when the article gives them, and the sentence the dates were read from.
 *
 * <p>Dates written without a year are placed against the publication day (see {@link YearResolver}); dates
 * before the publication day are history and are left out, as are dates that are neither events nor
 * deadlines (birthdays, entry into force, end of life, past facts). The same event mentioned twice is
 * returned once.
 *
 * <p>Built once, thread-safe, no I/O after construction. The pipeline: {@link SentenceSplitter} →
 * {@link DateExpressionRecognizer} → {@link YearResolver} → {@link MentionClassifier} →
 * {@link NameFinder}, {@link VenueFinder}, {@link CityGazetteer} → {@link EventMerger}.
 */
public final class EventExtractor {
    private final DateExpressionRecognizer dates = new DateExpressionRecognizer();
    private final CueLexicon cues;
    private final MentionClassifier classifier;
    private final CityGazetteer cities;
    private final NameFinder names;
    private final VenueFinder venues;
    private final Clock clock;

    /** An extractor with the bundled cue lexicon and city gazetteer. */
    public EventExtractor() {
        this(Clock.systemUTC());
    }

    /** As {@link #EventExtractor()}, with the clock that stands for "now" when an article has no date. */
    public EventExtractor(Clock clock) {
        this(CueLexicon.bundled(), CityGazetteer.bundled(), clock);
    }

    EventExtractor(CueLexicon cues, CityGazetteer cities, Clock clock) {
        this.cues = cues;
        this.classifier = new MentionClassifier(cues);
        this.cities = cities;
        this.names = new NameFinder(cities);
        this.venues = new VenueFinder(cities);
        this.clock = clock;
    }

    /**
     * The events and deadlines of an article, in order of first mention.
     *
     * @param title       the title (may be null)
     * @param text        the plain text (may be null)
     * @param publishedAt when the article was published; null means now
     * @param language    "fr", "en", another code or null: the cues of both languages are always tried
     * @return the events, never null
     */
    public List<ArticleEvent> extract(String title, String text, Instant publishedAt, String language) {
        LocalDate published = LocalDate.ofInstant(publishedAt != null ? publishedAt : clock.instant(), ZoneOffset.UTC);
        List<String> sentences = new ArrayList<>();
        boolean hasTitle = title != null && !title.isBlank();
        if (hasTitle) {
            sentences.add(title.trim());
        }
        sentences.addAll(SentenceSplitter.split(text));
        Article article = new Article(sentences, hasTitle);
        List<ArticleEvent> found = new ArrayList<>(4);
        for (int s = 0; s < sentences.size(); s++) {
            String sentence = sentences.get(s);
            if (!hasDigit(sentence)) {
                continue;
            }
            List<DateMention> mentions = dates.find(sentence, article.folded(s));
            if (!mentions.isEmpty()) {
                readSentence(article, s, mentions, published, found);
            }
        }
        return shareNames(EventMerger.merge(found));
    }

    /** The sentences of one article, with their folded text, cues and name runs computed once, when needed. */
    private final class Article {
        final List<String> sentences;
        final int firstBody;
        private final String[] folded;
        private final List<CueHit>[] hits;
        private final List<NameRun>[] runs;

        @SuppressWarnings("unchecked")
        Article(List<String> sentences, boolean hasTitle) {
            this.sentences = sentences;
            this.firstBody = hasTitle ? 1 : 0;
            this.folded = new String[sentences.size()];
            this.hits = new List[sentences.size()];
            this.runs = new List[sentences.size()];
        }

        String folded(int s) {
            if (folded[s] == null) {
                folded[s] = TextFold.fold(sentences.get(s));
            }
            return folded[s];
        }

        List<CueHit> hits(int s) {
            if (s < 0) {
                return Collections.emptyList();
            }
            if (hits[s] == null) {
                hits[s] = cues.find(folded(s));
            }
            return hits[s];
        }

        List<NameRun> runs(int s) {
            if (s < 0) {
                return Collections.emptyList();
            }
            if (runs[s] == null) {
                runs[s] = NameRun.find(sentences.get(s), folded(s));
            }
            return runs[s];
        }

        /** The body sentence before {@code s}, or -1 (the title is no previous sentence). */
        int previous(int s) {
            return s > firstBody ? s - 1 : -1;
        }

        /** The title, or -1 when there is none or {@code s} is the title. */
        int title(int s) {
            return firstBody == 1 && s != 0 ? 0 : -1;
        }
    }

    /** A date expression of a sentence with its days resolved. */
    private record Dated(DateMention mention, LocalDate start, LocalDate end) {
    }

    private void readSentence(Article article, int s, List<DateMention> mentions, LocalDate published,
                              List<ArticleEvent> out) {
        String folded = article.folded(s);
        List<Dated> dated = resolveAndJoin(mentions, folded, article.hits(s), published);
        for (int i = 0; i < dated.size(); i++) {
            Dated d = dated.get(i);
            boolean last = i == dated.size() - 1;
            if (d.end().isBefore(published) && last) {
                continue; // history, not an announcement (unless it opens a deadline that closes later)
            }
            DateMention m = d.mention();
            int windowFrom = i == 0 ? 0 : ClauseBoundaries.split(folded, dated.get(i - 1).mention().to(), m.from());
            int windowTo = last ? folded.length()
                    : ClauseBoundaries.split(folded, m.to(), dated.get(i + 1).mention().from());
            Classification c = classifier.classify(folded, article.hits(s), windowFrom, windowTo, m, context(article, s));
            if (c == null) {
                continue;
            }
            LocalDate end = d.end();
            if (c.opening()) {
                // "les inscriptions ouvrent le 3 mars et ferment le 30 avril": one deadline, opening to closing;
                // a deadline that only opens is not a deadline
                if (last || !dated.get(i + 1).end().isAfter(end)) {
                    continue;
                }
                i++;
                end = dated.get(i).end();
            }
            if (!end.isBefore(published)) {
                out.add(describe(article, s, m, c, d.start(), end));
            }
        }
    }

    /**
     * Resolves the years of a sentence's dates, drops days that do not exist, and joins "opens on January 6
     * ... runs through January 9" into one range.
     */
    private List<Dated> resolveAndJoin(List<DateMention> mentions, String folded, List<CueHit> hits,
                                       LocalDate published) {
        List<Dated> out = new ArrayList<>(mentions.size());
        for (DateMention m : mentions) {
            LocalDate[] days = YearResolver.resolve(m, published);
            if (days == null) {
                continue;
            }
            Dated previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && previous.mention().isSingleDay()
                    && cues.beforeCue(folded, m.from()) == Cue.Kind.UNTIL
                    && cues.beforeCue(folded, previous.mention().from()) != Cue.Kind.UNTIL
                    && days[1].isAfter(previous.end()) && !hasDeadlineCue(hits, previous.mention().to(), m.from())) {
                DateMention a = previous.mention();
                DateMention joined = new DateMention(a.startDay(), a.startMonth(), a.startYear(),
                        m.endDay(), m.endMonth(), m.endYear(), a.from(), m.to());
                out.set(out.size() - 1, new Dated(joined, previous.start(), days[1]));
            } else {
                out.add(new Dated(m, days[0], days[1]));
            }
        }
        return out;
    }

    /** The previous sentence and the title of sentence {@code s}, looked at only if the classifier asks. */
    private MentionContext context(Article article, int s) {
        int prev = article.previous(s);
        int title = article.title(s);
        return new MentionContext() {
            @Override
            public List<CueHit> previousCues() {
                return article.hits(prev);
            }

            @Override
            public List<CueHit> titleCues() {
                return article.hits(title);
            }

            @Override
            public boolean eventNamed() {
                return names.namesAnEvent(article.runs(s)) || names.namesAnEvent(article.runs(prev))
                        || names.namesAnEvent(article.runs(title));
            }
        };
    }

    /** The event or deadline with its name, venue and city. */
    private ArticleEvent describe(Article article, int s, DateMention m, Classification c, LocalDate start,
                                  LocalDate end) {
        String sentence = article.sentences.get(s);
        String folded = article.folded(s);
        List<NameRun> runs = article.runs(s);
        int prev = article.previous(s);
        int title = article.title(s);
        String venue = null;
        String city = null;
        if (c.kind() == ArticleEvent.Kind.EVENT) {
            venue = venues.find(sentence, folded, runs, m.from());
            city = nearestCity(sentence, folded, m.from());
            if (city == null && venue != null) {
                city = cities.cityIn(venue);
            }
            if (city == null && title >= 0) {
                city = nearestCity(article.sentences.get(title), article.folded(title), 0); // the title's first city
            }
        }
        boolean release = "release".equals(c.type());
        String name = names.find(sentence, runs, article.hits(s), m.from(), release, venue);
        if (name == null && prev >= 0) {
            name = names.findStrict(article.runs(prev), release);
        }
        if (name == null && title >= 0) {
            name = names.findStrict(article.runs(title), release);
        }
        return new ArticleEvent(c.kind(), c.type(), name, start, end, venue, city, sentence);
    }

    /**
     * An article about one event and its deadline names it once: a deadline without a name takes the name
     * of the article's only named event, and an event the name of its only named deadline.
     */
    private static List<ArticleEvent> shareNames(List<ArticleEvent> events) {
        String eventName = onlyName(events, ArticleEvent.Kind.EVENT);
        String deadlineName = onlyName(events, ArticleEvent.Kind.DEADLINE);
        if (eventName == null && deadlineName == null) {
            return events;
        }
        List<ArticleEvent> out = new ArrayList<>(events.size());
        for (ArticleEvent e : events) {
            String borrowed = e.kind() == ArticleEvent.Kind.EVENT ? deadlineName : eventName;
            if (e.name() == null && borrowed != null) {
                e = new ArticleEvent(e.kind(), e.type(), borrowed, e.start(), e.end(), e.venue(), e.city(), e.sentence());
            }
            out.add(e);
        }
        return out;
    }

    private static String onlyName(List<ArticleEvent> events, ArticleEvent.Kind kind) {
        String name = null;
        for (ArticleEvent e : events) {
            if (e.kind() == kind && e.name() != null) {
                if (name != null && !name.equals(e.name())) {
                    return null;
                }
                name = e.name();
            }
        }
        return name;
    }

    private String nearestCity(String sentence, String folded, int near) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (CityGazetteer.Hit h : cities.find(sentence, folded)) {
            int d = Math.abs(h.from() - near);
            if (d < bestDistance) {
                best = h.city();
                bestDistance = d;
            }
        }
        return best;
    }

    private static boolean hasDeadlineCue(List<CueHit> hits, int from, int to) {
        for (CueHit h : hits) {
            if (h.kind() == Cue.Kind.DEADLINE && h.from() >= from && h.to() <= to) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
