package io.veille.ingester.parse;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.veille.ingester.date.DateParser;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Maps an XML feed (RSS 0.90 to 2.0, RSS 1.0/RDF, Atom 0.3 and 1.0) onto the common feed model with
 * Rome, after fixing what Rome is strict about (a missing RSS version, an Atom feed without its
 * namespace) and dropping items past the limit. Raw date strings are taken from the XML itself so the
 * normalizer can read the formats Rome does not know.
 */
final class RomeFeedAdapter {
    private static final Namespace ATOM_10 = Namespace.getNamespace("http://www.w3.org/2005/Atom");
    private static final String ATOM_03 = "http://purl.org/atom/ns#";
    private static final String RSS_090 = "http://my.netscape.com/rdf/simple/0.9/";
    private static final Pattern EMAIL_NAME = Pattern.compile("^\\s*\\S+@\\S+\\s*\\((.+)\\)\\s*$");
    private static final List<String> PUBLISHED = List.of("pubDate", "published", "issued", "date", "created");
    private static final List<String> UPDATED = List.of("updated", "modified", "lastBuildDate");

    private final FeedLimits limits;

    RomeFeedAdapter(FeedLimits limits) {
        this.limits = limits;
    }

    ParsedFeed adapt(Document doc, Charset charset, URI feedUrl, List<String> warnings) throws FeedParseException {
        Element root = doc.getRootElement();
        FeedFormat format = fixAndRecognise(root, warnings);
        List<Element> items = itemElements(root, format);
        if (items.size() > limits.maxItems()) {
            for (Element extra : items.subList(limits.maxItems(), items.size())) {
                extra.detach();
            }
            warnings.add(items.size() + " items, more than the limit of " + limits.maxItems() + ": the rest dropped");
            items = items.subList(0, limits.maxItems());
        }
        List<RawDates> rawDates = new ArrayList<>(items.size());
        for (Element item : items) {
            rawDates.add(new RawDates(firstChildText(item, PUBLISHED), firstChildText(item, UPDATED)));
        }
        spareRomeTheDatesWeRead(root);
        SyndFeed feed;
        try {
            feed = new SyndFeedInput(false, Locale.ROOT).build(doc);
        } catch (FeedException | IllegalArgumentException e) {
            throw new FeedParseException(FeedParseException.Reason.MALFORMED,
                    "not a feed Rome can read: " + e.getMessage(), e);
        }
        URI base = resolve(feedUrl, root.getAttributeValue("base", Namespace.XML_NAMESPACE));
        String siteLink = absolute(base, feed.getLink());
        URI itemBase = base;
        if (format != FeedFormat.ATOM_1_0 && format != FeedFormat.ATOM_0_3 && siteLink != null
                && root.getAttributeValue("base", Namespace.XML_NAMESPACE) == null) {
            itemBase = URI.create(siteLink);
        }
        String language = feed.getLanguage();
        if (language == null) {
            language = root.getAttributeValue("lang", Namespace.XML_NAMESPACE);
        }
        List<SyndEntry> entries = feed.getEntries();
        boolean aligned = entries.size() == items.size();
        if (!aligned) {
            warnings.add("item elements and parsed entries differ in number: raw dates unavailable");
        }
        List<FeedEntry> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            out.add(entry(entries.get(i), aligned ? items.get(i) : null, aligned ? rawDates.get(i) : null, itemBase));
        }
        return new ParsedFeed(format, charset, feed.getTitle(), siteLink, base, language, out, warnings);
    }

    private FeedFormat fixAndRecognise(Element root, List<String> warnings) throws FeedParseException {
        String name = root.getName();
        if (name.equals("rss")) {
            String v = root.getAttributeValue("version");
            String fixed = v == null ? "2.0" : switch (v.trim()) {
                case "0.91", "0.92", "0.93", "0.94", "2.0" -> v.trim();
                default -> "2.0";
            };
            if (!fixed.equals(v)) {
                warnings.add("RSS version " + (v == null ? "missing" : "'" + v + "'") + ": read as " + fixed);
                root.setAttribute("version", fixed);
            }
            return fixed.equals("2.0") ? FeedFormat.RSS_2_0 : FeedFormat.RSS_0_9X;
        }
        if (name.equals("RDF")) {
            boolean rss090 = root.getChildren().stream().anyMatch(c -> RSS_090.equals(c.getNamespaceURI()));
            return rss090 ? FeedFormat.RSS_0_90 : FeedFormat.RSS_1_0;
        }
        if (name.equals("feed")) {
            if (ATOM_03.equals(root.getNamespaceURI())) {
                return FeedFormat.ATOM_0_3;
            }
            if (root.getNamespace() == Namespace.NO_NAMESPACE) {
                warnings.add("Atom feed without its namespace: read as Atom 1.0");
                moveToAtom(root);
            }
            return FeedFormat.ATOM_1_0;
        }
        throw new FeedParseException(FeedParseException.Reason.MALFORMED, "unknown root element <" + name + ">");
    }

    private static void moveToAtom(Element e) {
        if (e.getNamespace() == Namespace.NO_NAMESPACE) {
            e.setNamespace(ATOM_10);
            for (Element child : e.getChildren()) {
                moveToAtom(child);
            }
        }
    }

    private static List<Element> itemElements(Element root, FeedFormat format) {
        List<Element> items = new ArrayList<>();
        Element parent = root;
        String local = "item";
        switch (format) {
            case RSS_2_0, RSS_0_9X -> {
                parent = childByLocalName(root, "channel");
                if (parent == null) {
                    return items;
                }
            }
            case ATOM_0_3, ATOM_1_0 -> local = "entry";
            default -> {
            }
        }
        for (Element child : parent.getChildren()) {
            if (child.getName().equals(local)) {
                items.add(child);
            }
        }
        return items;
    }

    private record RawDates(String published, String updated) {
    }

    /**
     * Rome parses every date with a series of SimpleDateFormat masks, the costliest part of a parse.
     * Date elements our own parser reads are removed before Rome runs (their text was kept); those it
     * cannot read stay, so Rome's reading remains the fallback.
     */
    private static void spareRomeTheDatesWeRead(Element root) {
        List<Element> dated = new ArrayList<>();
        for (Element e : root.getDescendants(org.jdom2.filter.Filters.element())) {
            String n = e.getName();
            if ((PUBLISHED.contains(n) || UPDATED.contains(n)) && e.getChildren().isEmpty()
                    && DateParser.parse(e.getTextTrim()).isPresent()) {
                dated.add(e);
            }
        }
        dated.forEach(Element::detach);
    }

    private FeedEntry entry(SyndEntry e, Element element, RawDates raw, URI feedBase) {
        URI base = feedBase;
        String language = null;
        String publishedRaw = null;
        String updatedRaw = null;
        List<String> images = new ArrayList<>();
        if (element != null) {
            base = resolve(feedBase, element.getAttributeValue("base", Namespace.XML_NAMESPACE));
            language = element.getAttributeValue("lang", Namespace.XML_NAMESPACE);
            if (language == null) {
                language = childText(element, "language");
            }
            publishedRaw = raw.published();
            updatedRaw = raw.updated();
            collectMedia(element, images);
        }
        String link = e.getLink();
        if (link == null || link.isBlank()) {
            for (SyndLink l : e.getLinks()) {
                if (l.getRel() == null || l.getRel().equals("alternate")) {
                    link = l.getHref();
                    break;
                }
            }
        }
        String content = null;
        for (SyndContent c : e.getContents()) {
            String html = html(c);
            if (html != null && !html.isBlank()) {
                content = html;
                break;
            }
        }
        List<String> categories = new ArrayList<>();
        for (SyndCategory c : e.getCategories()) {
            if (c.getName() != null && !c.getName().isBlank()) {
                categories.add(c.getName().strip());
            }
        }
        List<FeedEntry.Enclosure> enclosures = new ArrayList<>();
        for (SyndEnclosure enc : e.getEnclosures()) {
            if (enc.getUrl() != null) {
                enclosures.add(new FeedEntry.Enclosure(enc.getUrl(), enc.getType(),
                        enc.getLength() > 0 ? enc.getLength() : null));
            }
        }
        String title = e.getTitle();
        if (title != null && title.length() > 2000) {
            title = title.substring(0, 2000);
        }
        return new FeedEntry(blankToNull(e.getUri()), blankToNull(link), base, title, authors(e),
                publishedRaw, updatedRaw, instant(e.getPublishedDate()), instant(e.getUpdatedDate()),
                cap(content), cap(html(e.getDescription())), categories, enclosures, images, language);
    }

    private static List<String> authors(SyndEntry e) {
        Set<String> names = new LinkedHashSet<>();
        for (SyndPerson p : e.getAuthors()) {
            if (p.getName() != null && !p.getName().isBlank()) {
                names.add(personName(p.getName()));
            } else if (p.getEmail() != null) {
                names.add(p.getEmail());
            }
        }
        if (e.getAuthor() != null && !e.getAuthor().isBlank()) {
            names.add(personName(e.getAuthor()));
        }
        return new ArrayList<>(names);
    }

    private static String personName(String raw) {
        Matcher m = EMAIL_NAME.matcher(raw);
        return (m.matches() ? m.group(1) : raw).strip();
    }

    private static void collectMedia(Element item, List<String> images) {
        for (Element child : item.getChildren()) {
            String ns = child.getNamespaceURI();
            if (ns != null && ns.startsWith("http://search.yahoo.com/mrss")) {
                String url = child.getAttributeValue("url");
                String medium = child.getAttributeValue("medium");
                String type = child.getAttributeValue("type");
                boolean image = child.getName().equals("thumbnail") || "image".equals(medium)
                        || (type != null && type.startsWith("image/"));
                if (url != null && image) {
                    images.add(url);
                }
                if (child.getName().equals("group")) {
                    collectMedia(child, images);
                }
            }
        }
    }

    private static String html(SyndContent c) {
        if (c == null || c.getValue() == null) {
            return null;
        }
        String type = c.getType();
        if (type != null && (type.equals("text") || type.equals("text/plain"))) {
            return JsonFeedAdapter.textToHtml(c.getValue());
        }
        return c.getValue();
    }

    private String cap(String s) {
        return s == null || s.length() <= limits.maxFieldChars() ? s : s.substring(0, limits.maxFieldChars());
    }

    private static Element childByLocalName(Element parent, String local) {
        for (Element c : parent.getChildren()) {
            if (c.getName().equals(local)) {
                return c;
            }
        }
        return null;
    }

    private static String childText(Element parent, String local) {
        Element c = childByLocalName(parent, local);
        return c == null ? null : blankToNull(c.getTextTrim());
    }

    private static String firstChildText(Element parent, List<String> locals) {
        for (String local : locals) {
            String t = childText(parent, local);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    static URI resolve(URI base, String ref) {
        if (ref == null || ref.isBlank()) {
            return base;
        }
        try {
            URI r = new URI(ref.strip());
            return base == null ? (r.isAbsolute() ? r : null) : base.resolve(r);
        } catch (Exception e) {
            return base;
        }
    }

    private static String absolute(URI base, String ref) {
        if (ref == null || ref.isBlank()) {
            return null;
        }
        URI r = resolve(base, ref);
        return r == null ? ref.strip() : r.toString();
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
