package io.veille.indexer.digest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.veille.common.event.EventJson;
import io.veille.indexer.query.Results.ArticleHit;
import io.veille.indexer.query.Results.UpcomingEvent;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Writes a {@link Digest} as Markdown, HTML (every text escaped) or JSON. */
public final class DigestRenderer {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public enum Format {
        MD, HTML, JSON;

        public static Format parse(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "md", "markdown" -> MD;
                case "html" -> HTML;
                case "json" -> JSON;
                default -> throw new IllegalArgumentException("format must be md, html or json, not '" + text + "'");
            };
        }
    }

    private DigestRenderer() {
    }

    public static String render(Digest digest, Format format) {
        return switch (format) {
            case MD -> markdown(digest);
            case HTML -> html(digest);
            case JSON -> json(digest);
        };
    }

    /** The one line said when there is nothing new. */
    public static String nothingNew(Digest digest) {
        return "Nothing new since " + WHEN.format(digest.since()) + ".";
    }

    static String markdown(Digest d) {
        StringBuilder out = new StringBuilder("# Veille digest\n\n");
        out.append("Articles since ").append(WHEN.format(d.since())).append(", generated ").append(WHEN.format(d.generatedAt())).append(".\n\n");
        if (d.isEmpty()) {
            out.append(nothingNew(d)).append("\n");
        }
        for (Digest.TopicSection section : d.topics()) {
            out.append("## ").append(section.topic()).append(" (").append(section.articles()).append(" articles)\n\n");
            for (Digest.Story story : section.stories()) {
                ArticleHit h = story.headline();
                out.append("- [").append(md(h.title())).append("](").append(h.url() == null ? "" : h.url().replace(")", "%29")).append(")");
                out.append(" — ").append(md(nullToEmpty(h.source())));
                if (h.publishedAt() != null) {
                    out.append(", ").append(WHEN.format(h.publishedAt()));
                }
                if (!story.related().isEmpty()) {
                    out.append(" (+").append(story.related().size()).append(" more on this story)");
                }
                out.append("\n");
            }
            out.append("\n");
        }
        if (!d.events().isEmpty()) {
            out.append("## Upcoming events and deadlines\n\n");
            for (UpcomingEvent e : d.events()) {
                out.append("- ").append(e.start());
                if (!e.end().equals(e.start())) {
                    out.append(" → ").append(e.end());
                }
                out.append(" · ").append(e.kind()).append(": ").append(md(e.name() != null ? e.name() : e.title()));
                if (e.city() != null) {
                    out.append(" (").append(md(e.city())).append(")");
                }
                out.append(" — [").append(md(e.title())).append("](").append(nullToEmpty(e.url())).append(")\n");
            }
        }
        return out.toString();
    }

    static String html(Digest d) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Veille digest</title></head><body>\n");
        out.append("<h1>Veille digest</h1>\n<p>Articles since ").append(esc(WHEN.format(d.since()))).append(".</p>\n");
        if (d.isEmpty()) {
            out.append("<p>").append(esc(nothingNew(d))).append("</p>\n");
        }
        for (Digest.TopicSection section : d.topics()) {
            out.append("<h2>").append(esc(section.topic())).append(" <small>(").append(section.articles()).append(" articles)</small></h2>\n<ul>\n");
            for (Digest.Story story : section.stories()) {
                ArticleHit h = story.headline();
                out.append("<li><a href=\"").append(esc(safeUrl(h.url()))).append("\">").append(esc(h.title())).append("</a> — ")
                        .append(esc(nullToEmpty(h.source())));
                if (!story.related().isEmpty()) {
                    out.append(" (+").append(story.related().size()).append(" more on this story)");
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        if (!d.events().isEmpty()) {
            out.append("<h2>Upcoming events and deadlines</h2>\n<ul>\n");
            for (UpcomingEvent e : d.events()) {
                out.append("<li>").append(e.start()).append(" · ").append(esc(e.kind())).append(": ")
                        .append(esc(e.name() != null ? e.name() : e.title()))
                        .append(e.city() != null ? " (" + esc(e.city()) + ")" : "")
                        .append(" — <a href=\"").append(esc(safeUrl(e.url()))).append("\">").append(esc(e.title())).append("</a></li>\n");
            }
            out.append("</ul>\n");
        }
        return out.append("</body></html>\n").toString();
    }

    static String json(Digest d) {
        try {
            return EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(d) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the digest as JSON", e);
        }
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Only http(s) links survive into HTML; anything else (javascript:, data:) becomes "#". */
    static String safeUrl(String url) {
        if (url == null) {
            return "#";
        }
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? url.trim() : "#";
    }

    private static String md(String text) {
        return text == null ? "" : text.replace("[", "\\[").replace("]", "\\]").replace("\n", " ");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
