package io.veille.app.browser;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes RSS 2.0 items as a feed would: text fields XML-escaped, {@code content:encoded} in CDATA. */
public final class RssWriter {
    private RssWriter() {
    }

    /** One {@code <item>} element. */
    public static String item(String title, String link, String guid, String description, String contentHtml,
                              Instant published) {
        return "<item><title>" + xml(title) + "</title><link>" + xml(link) + "</link>"
                + "<guid isPermaLink=\"false\">" + xml(guid) + "</guid>"
                + "<pubDate>" + DateTimeFormatter.RFC_1123_DATE_TIME.format(published.atOffset(ZoneOffset.UTC)) + "</pubDate>"
                + "<description>" + xml(description) + "</description>"
                + "<content:encoded><![CDATA[" + contentHtml.replace("]]>", "]]]]><![CDATA[>") + "]]></content:encoded></item>\n";
    }

    /** A whole feed around {@code items}. */
    public static String feed(String title, String siteUrl, List<String> items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                + "<title>" + xml(title) + "</title><link>" + xml(siteUrl) + "</link><description>" + xml(title)
                + "</description><language>fr</language>\n" + String.join("", items) + "</channel></rss>\n";
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
