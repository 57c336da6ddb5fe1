package io.veille.app.up;

import java.time.Duration;

/**
 * The one-line status of {@code veille up}:
 * {@code feeds 9/9 fetched · articles 84 ingested → 84 enriched → 84 indexed · 41 s}, with the failed
 * feeds and dead-lettered records named when there are any.
 */
public final class StatusLine {
    private StatusLine() {
    }

    public static String format(Progress p, Duration elapsed) {
        StringBuilder line = new StringBuilder()
                .append("feeds ").append(p.feedsFetched()).append('/').append(p.feeds()).append(" fetched");
        if (p.feedsFailed() > 0) {
            line.append(" (").append(p.feedsFailed()).append(" failed)");
        }
        line.append(" · articles ").append(p.ingested()).append(" ingested → ")
                .append(p.enriched()).append(" enriched → ")
                .append(p.indexed()).append(" indexed");
        if (p.deadLettered() > 0) {
            line.append(" · ").append(p.deadLettered()).append(" dead-lettered");
        }
        return line.append(" · ").append(elapsed(elapsed)).toString();
    }

    /** {@code 41 s}, {@code 2 min 05 s}, {@code 1 h 02 min}. */
    static String elapsed(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format("%d min %02d s", s / 60, s % 60);
        }
        return String.format("%d h %02d min", s / 3600, s % 3600 / 60);
    }
}
