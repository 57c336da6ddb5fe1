package io.veille.app.up;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A feed of upcoming conferences, meetups and deadlines, dated from the day the demo runs. The bundled
 * samples were written in early 2026 and their events are past by now: without this feed the demo's
 * agenda, and the summary's "upcoming" lines, would be empty. It is rewritten on every {@code up --demo},
 * so the agenda stays ahead of today; its articles keep their links, and a rewrite with new dates reaches
 * the index as an update of the same articles.
 */
public final class DemoAgenda {
    /** The feed's file name among the samples. */
    public static final String FILE = "agenda-a-venir.rss.xml";
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;

    private DemoAgenda() {
    }

    /** One article of the feed: its texts are written with {@code today}'s dates filled in. */
    private record Item(String slug, String title, String text) {
    }

    /** Writes the feed for {@code today} into {@code dir}, replacing the previous day's. */
    public static void write(Path dir, LocalDate today) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(FILE), rss(today), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo agenda in " + dir, e);
        }
    }

    /** The feed (RSS 2.0, full text in {@code content:encoded}) for {@code today}. */
    static String rss(LocalDate today) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel>
                <title>Agenda à venir</title>
                <link>https://demo.veille.test/pages/a-venir/</link>
                <description>Conférences, meetups et dates limites des semaines à venir</description>
                """);
        List<Item> items = items(today);
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String published = RFC_1123.format(today.minusDays(i).atTime(8, 0).atOffset(ZoneOffset.UTC));
            xml.append("<item>\n")
                    .append("<title>").append(item.title()).append("</title>\n")
                    .append("<link>https://demo.veille.test/pages/a-venir/").append(item.slug()).append(".html</link>\n")
                    .append("<guid isPermaLink=\"false\">a-venir-").append(item.slug()).append("</guid>\n")
                    .append("<pubDate>").append(published).append("</pubDate>\n")
                    .append("<content:encoded><![CDATA[<p>").append(item.text().replace("\n\n", "</p><p>")).append("</p>]]></content:encoded>\n")
                    .append("</item>\n");
        }
        return xml.append("</channel>\n</rss>\n").toString();
    }

    private static List<Item> items(LocalDate today) {
        LocalDate summit = today.plusDays(24);
        LocalDate earlyBird = today.plusDays(10);
        LocalDate meetup = today.plusDays(12);
        LocalDate rencontres = today.plusDays(95);
        LocalDate cfpCloses = today.plusDays(30);
        LocalDate consultationCloses = today.plusDays(40);
        return List.of(
                new Item("observability-summit-lille", "Observability Summit Lille publishes its programme",
                        "The Observability Summit returns to Lille on " + en(summit) + ", at the Lille Grand Palais. "
                                + "Two tracks are planned, one on tracing in production and one on the cost of keeping metrics, "
                                + "with a closing panel of platform teams from retail and public services.\n\n"
                                + "The organisers say the early-bird ticket sale closes on " + en(earlyBird) + ". Workshops on "
                                + "OpenTelemetry collectors and on alert fatigue fill up first, and seats are limited to forty per "
                                + "session. Talks are in English and French, and the recordings go online a few weeks later."),
                new Item("meetup-kubernetes-toulouse", "Kubernetes meetup in Toulouse: eBPF networking and cluster costs",
                        "The Toulouse Kubernetes meetup holds its next evening on " + en(meetup) + " in Toulouse, hosted by "
                                + "a local cloud provider near the Capitole. The first talk walks through a migration from iptables "
                                + "to an eBPF data plane on a few hundred nodes, with the latency figures before and after.\n\n"
                                + "The second talk looks at the bill: how one team tagged every namespace, found idle node pools "
                                + "and cut its monthly spend without touching the applications. The meetup is free; registration "
                                + "is required because the room holds eighty people."),
                new Item("rencontres-logiciel-libre-nantes", "Les Rencontres du logiciel libre de Nantes ouvrent leur appel à conférences",
                        "Les Rencontres du logiciel libre se tiendront " + frSpan(rencontres, rencontres.plusDays(1))
                                + " à la Cité des Congrès de Nantes. Au programme, des conférences sur la maintenance des "
                                + "projets communautaires, la gouvernance des fondations et le financement des bibliothèques "
                                + "dont tout le monde dépend.\n\n"
                                + "L'appel à conférences est ouvert jusqu'au " + fr(cfpCloses) + ". Les organisateurs "
                                + "encouragent les premières prises de parole et proposent un accompagnement aux personnes qui "
                                + "n'ont jamais présenté. Les propositions peuvent être faites en français ou en anglais."),
                new Item("consultation-cloud-de-confiance", "Cloud de confiance : une consultation publique sur le futur référentiel",
                        "Le gouvernement ouvre une consultation publique sur le futur référentiel de qualification des "
                                + "offres de cloud de confiance. Le texte précise les exigences d'immunité aux lois "
                                + "extraterritoriales, de localisation des données et de réversibilité pour les hébergeurs "
                                + "qui visent les administrations.\n\n"
                                + "Les contributions sont attendues jusqu'au " + fr(consultationCloses) + ". Les fédérations "
                                + "professionnelles et les associations du logiciel libre ont déjà annoncé des réponses "
                                + "communes, en demandant que la souveraineté numérique ne se limite pas au lieu où tournent "
                                + "les serveurs."));
    }

    /** "December 17, 2026". */
    static String en(LocalDate date) {
        return DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH).format(date);
    }

    /** "17 décembre 2026". */
    static String fr(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH).format(date);
    }

    /** "les 5 et 6 mars 2027", or "du 31 mars au 1 avril 2027" across a month. */
    static String frSpan(LocalDate first, LocalDate second) {
        if (first.getMonth() == second.getMonth()) {
            return "les " + first.getDayOfMonth() + " et " + fr(second);
        }
        String start = first.getYear() == second.getYear()
                ? DateTimeFormatter.ofPattern("d MMMM", Locale.FRENCH).format(first) : fr(first);
        return "du " + start + " au " + fr(second);
    }
}
