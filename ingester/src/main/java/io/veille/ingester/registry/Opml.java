package io.veille.ingester.registry;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OPML in and out. Reading: every {@code outline} with an {@code xmlUrl} is a feed; the
 * {@code text}/{@code title} of the outlines it is nested in, and the paths of its {@code category}
 * attribute, become its tags. A DOCTYPE is refused (no XXE). Writing: valid OPML 2.0, one folder
 * outline per first tag (how Miniflux and FreshRSS read categories back), the other tags in
 * {@code category}.
 */
public final class Opml {
    private Opml() {
    }

    /** The feeds of an OPML document, in document order, each URL once. */
    public static List<FeedRecord> read(byte[] bytes, Instant now) throws FeedFileException {
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            doc = builder.parse(new ByteArrayInputStream(bytes));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new FeedFileException("not a readable OPML document: " + firstLine(e.getMessage()), e);
        }
        Element root = doc.getDocumentElement();
        if (!"opml".equals(root.getNodeName())) {
            throw new FeedFileException("not an OPML document: the root element is <" + root.getNodeName() + ">");
        }
        Map<String, FeedRecord> feeds = new LinkedHashMap<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "body".equals(e.getNodeName())) {
                walk(e, List.of(), now, feeds);
            }
        }
        return new ArrayList<>(feeds.values());
    }

    private static void walk(Element parent, List<String> folders, Instant now, Map<String, FeedRecord> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !"outline".equals(e.getNodeName())) {
                continue;
            }
            String xmlUrl = e.getAttribute("xmlUrl").trim();
            String label = !e.getAttribute("text").isBlank() ? e.getAttribute("text").trim() : e.getAttribute("title").trim();
            if (xmlUrl.isEmpty()) {
                List<String> nested = new ArrayList<>(folders);
                if (!label.isEmpty()) {
                    nested.add(label);
                }
                walk(e, nested, now, out);
                continue;
            }
            Set<String> tags = new LinkedHashSet<>(folders);
            for (String path : e.getAttribute("category").split(",")) {
                for (String part : path.split("/")) {
                    if (!part.isBlank()) {
                        tags.add(part.trim());
                    }
                }
            }
            String id;
            try {
                id = FeedIds.of(xmlUrl);
            } catch (IllegalArgumentException notHttp) {
                continue; // an outline whose xmlUrl is not http(s) is skipped
            }
            if (out.containsKey(id)) {
                continue;
            }
            FeedRecord feed = FeedRecord.of(xmlUrl, label.isEmpty() ? null : label, List.copyOf(tags), now);
            String htmlUrl = e.getAttribute("htmlUrl").trim();
            out.put(id, htmlUrl.isEmpty() ? feed : feed.withSiteUrl(htmlUrl));
            walk(e, folders, now, out); // outlines nested under a feed are unusual but not lost
        }
    }

    /** The feeds as an OPML 2.0 document (UTF-8). */
    public static String write(List<FeedRecord> feeds, String title, Instant now) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n");
        sb.append("    <title>").append(escape(title)).append("</title>\n");
        sb.append("    <dateCreated>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atOffset(ZoneOffset.UTC)))
                .append("</dateCreated>\n  </head>\n  <body>\n");
        Map<String, List<FeedRecord>> folders = new LinkedHashMap<>();
        List<FeedRecord> loose = new ArrayList<>();
        for (FeedRecord feed : feeds) {
            if (feed.tags().isEmpty()) {
                loose.add(feed);
            } else {
                folders.computeIfAbsent(feed.tags().get(0), k -> new ArrayList<>()).add(feed);
            }
        }
        folders.forEach((folder, members) -> {
            sb.append("    <outline text=\"").append(escape(folder)).append("\" title=\"").append(escape(folder)).append("\">\n");
            members.forEach(f -> outline(sb, f, "      ", f.tags().subList(1, f.tags().size())));
            sb.append("    </outline>\n");
        });
        loose.forEach(f -> outline(sb, f, "    ", List.of()));
        return sb.append("  </body>\n</opml>\n").toString();
    }

    private static void outline(StringBuilder sb, FeedRecord f, String indent, List<String> otherTags) {
        String text = f.title() != null ? f.title() : f.url();
        sb.append(indent).append("<outline type=\"rss\" text=\"").append(escape(text)).append("\" title=\"").append(escape(text))
                .append("\" xmlUrl=\"").append(escape(f.url())).append('"');
        if (f.siteUrl() != null) {
            sb.append(" htmlUrl=\"").append(escape(f.siteUrl())).append('"');
        }
        if (!otherTags.isEmpty()) {
            sb.append(" category=\"").append(escape(String.join(",", otherTags))).append('"');
        }
        sb.append("/>\n");
    }

    private static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
