package io.veille.app.up;

import io.veille.indexer.query.Results.Bucket;
import io.veille.indexer.query.Results.UpcomingEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code veille up} prints once the first pass is indexed: how many articles, how many per
 * topic, the next events and deadlines, and where the dashboard is. The last line is always
 * {@code Dashboard: <url>} (scripts and the browser test read it).
 */
public final class Summary {
    static final int WIDTH = 96;

    private Summary() {
    }

    /**
     * @param articles     documents in the index
     * @param topics       articles per topic, busiest first
     * @param events       upcoming events and deadlines, soonest first (at most {@code shown} are listed)
     * @param moreEvents   how many more there are beyond {@code events}
     * @param dashboardUrl the dashboard's address
     */
    public static List<String> lines(long articles, List<Bucket> topics, List<UpcomingEvent> events, int moreEvents,
                                     String dashboardUrl) {
        List<String> lines = new ArrayList<>();
        lines.add(articles + (articles == 1 ? " article" : " articles") + " indexed and searchable.");
        if (!topics.isEmpty()) {
            lines.addAll(wrapped("Per topic: ", topics.stream().map(b -> b.key() + " " + b.count()).toList()));
        }
        if (events.isEmpty()) {
            lines.add("No upcoming event or deadline in the articles.");
        } else {
            lines.add("Upcoming events and deadlines:");
            for (UpcomingEvent e : events) {
                lines.add("  " + dates(e.start(), e.end()) + "  " + String.format("%-8s", kind(e)) + " " + what(e));
            }
            if (moreEvents > 0) {
                lines.add("  … and " + moreEvents + " more on the dashboard");
            }
        }
        lines.add("Dashboard: " + dashboardUrl);
        return lines;
    }

    /** {@code 2026-12-03}, or {@code 2026-12-03 → 2026-12-05} for several days. */
    static String dates(LocalDate start, LocalDate end) {
        String text = start.toString();
        return end == null || end.equals(start) ? String.format("%-23s", text) : text + " → " + end;
    }

    private static String kind(UpcomingEvent e) {
        return e.kind() == null ? "" : e.kind().toLowerCase(Locale.ROOT);
    }

    /** The event's name, where it happens, and the source that announced it. */
    private static String what(UpcomingEvent e) {
        StringBuilder text = new StringBuilder(e.name() != null && !e.name().isBlank() ? e.name() : e.title());
        String place = e.city() != null && !e.city().isBlank() ? e.city() : e.venue();
        if (place != null && !place.isBlank()) {
            text.append(", ").append(place);
        }
        if (e.source() != null && !e.source().isBlank()) {
            text.append(" (").append(e.source()).append(')');
        }
        return text.toString();
    }

    /** {@code prefix} then the items separated by {@code ·}, wrapped at {@link #WIDTH} with an indent. */
    static List<String> wrapped(String prefix, List<String> items) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(prefix);
        String indent = " ".repeat(prefix.length());
        boolean first = true;
        for (String item : items) {
            String piece = (first ? "" : " · ") + item;
            if (!first && line.length() + piece.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(indent).append(item);
            } else {
                line.append(piece);
            }
            first = false;
        }
        lines.add(line.toString());
        return lines;
    }
}
