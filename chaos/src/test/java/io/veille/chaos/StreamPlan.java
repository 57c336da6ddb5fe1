package io.veille.chaos;

import io.veille.common.event.ArticleIds;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The articles one scenario pushes through: {@code feeds} feeds of {@code itemsPerFeed} items each,
 * published in {@code rounds} equal rounds (round r makes items {@code [r·k, (r+1)·k)} of every feed
 * visible), and, from {@link #updateRound()} on, a second revision of some items published earlier
 * (new title, new text, later {@code updated} date). Every link is unique to the scenario, so the
 * index must end up holding exactly {@link #expectedTitles()}: one document per link, each at its
 * latest revision.
 */
final class StreamPlan {
    private final String scenario;
    private final int feeds;
    private final int itemsPerFeed;
    private final int rounds;
    private final Instant epoch;

    StreamPlan(String scenario, int feeds, int itemsPerFeed, int rounds) {
        if (itemsPerFeed % rounds != 0) {
            throw new IllegalArgumentException("items per feed must be a multiple of the rounds");
        }
        this.scenario = scenario;
        this.feeds = feeds;
        this.itemsPerFeed = itemsPerFeed;
        this.rounds = rounds;
        this.epoch = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
    }

    /** The standard plan: 100 feeds × 50 items = 5,000 articles in 10 rounds. */
    static StreamPlan standard(String scenario) {
        return new StreamPlan(scenario, 100, 50, 10);
    }

    String scenario() {
        return scenario;
    }

    int feeds() {
        return feeds;
    }

    int rounds() {
        return rounds;
    }

    int articles() {
        return feeds * itemsPerFeed;
    }

    /** The round from which the updated items show their second revision (80 % into the stream). */
    int updateRound() {
        return rounds * 8 / 10;
    }

    /** Items that get a second revision: those of the first 70 % of the stream whose number ends in 3. */
    boolean isUpdated(int item) {
        return item % 10 == 3 && item < itemsPerFeed * 7 / 10;
    }

    int updates() {
        int n = 0;
        for (int i = 0; i < itemsPerFeed; i++) {
            n += isUpdated(i) ? 1 : 0;
        }
        return n * feeds;
    }

    /** Items of one feed visible once {@code released} rounds are out. */
    int visibleItems(int released) {
        return Math.min(itemsPerFeed, released * (itemsPerFeed / rounds));
    }

    /** The revision an item shows once {@code released} rounds are out. */
    int revision(int item, int released) {
        return isUpdated(item) && released >= updateRound() ? 2 : 1;
    }

    String link(int feed, int item) {
        return "https://chaos.veille.test/" + scenario + "/f" + feed + "/a" + item;
    }

    String title(int feed, int item, int revision) {
        return (feed % 2 == 0 ? "Note " + item + " du flux " + feed + " : supervision des pipelines"
                : "Note " + item + " of feed " + feed + ": pipeline observability")
                + " (" + scenario + ", révision " + revision + ")";
    }

    String text(int feed, int item, int revision) {
        String body = feed % 2 == 0
                ? "Le flux " + feed + " publie sa note " + item + " sur la reprise après panne d'un courtier de messages. "
                + "Chaque consommateur relit son journal depuis le dernier point validé. Les équipes qui ont suivi la panne "
                + "disent que le service est resté stable pour les lecteurs, et cette note le confirme avec des mesures."
                : "Feed " + feed + " publishes note " + item + " about recovering a message broker after a crash. "
                + "Every consumer replays its log from the last committed offset. The teams that followed the outage say that "
                + "the service stayed up for readers, and this note confirms it with the figures from the run.";
        return body + (revision > 1 ? (feed % 2 == 0 ? " Mise à jour : le correctif est déployé." : " Update: the fix has shipped.") : "");
    }

    Instant published(int feed, int item) {
        return epoch.plus(Duration.ofMinutes(item)).plusSeconds(feed);
    }

    Instant updated(int feed, int item, int revision) {
        return revision > 1 ? published(feed, item).plus(Duration.ofHours(2)) : published(feed, item);
    }

    /** Article id → the title of its latest revision: what the index must hold at the end. */
    Map<String, String> expectedTitles() {
        Map<String, String> expected = new LinkedHashMap<>();
        for (int f = 0; f < feeds; f++) {
            for (int i = 0; i < itemsPerFeed; i++) {
                expected.put(ArticleIds.fromCanonicalUrl(link(f, i)), title(f, i, revision(i, rounds)));
            }
        }
        return expected;
    }

    /** The Atom document of one feed once {@code released} rounds are out, newest item first. */
    String atom(int feed, int released) {
        StringBuilder xml = new StringBuilder(16_384);
        String lang = feed % 2 == 0 ? "fr" : "en";
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(lang).append("\">\n")
                .append("  <title>Chaos feed ").append(feed).append("</title>\n")
                .append("  <id>urn:veille:chaos:").append(scenario).append(":f").append(feed).append("</id>\n")
                .append("  <link href=\"https://chaos.veille.test/").append(scenario).append("/f").append(feed).append("/\"/>\n")
                .append("  <updated>").append(published(feed, Math.max(0, visibleItems(released) - 1)).plus(Duration.ofHours(2))).append("</updated>\n");
        for (int i = visibleItems(released) - 1; i >= 0; i--) {
            int rev = revision(i, released);
            xml.append("  <entry>\n")
                    .append("    <id>urn:veille:chaos:").append(scenario).append(":f").append(feed).append(":a").append(i).append("</id>\n")
                    .append("    <title>").append(escape(title(feed, i, rev))).append("</title>\n")
                    .append("    <link href=\"").append(link(feed, i)).append("\"/>\n")
                    .append("    <published>").append(published(feed, i)).append("</published>\n")
                    .append("    <updated>").append(updated(feed, i, rev)).append("</updated>\n")
                    .append("    <content type=\"html\">").append(escape("<p>" + escape(text(feed, i, rev)) + "</p>")).append("</content>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
