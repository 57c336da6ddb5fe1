package io.veille.ingester.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Makes almost-XML well-formed before a strict, entity-free parser sees it, the way lenient feed
 * readers do: junk before the prolog or after the root is cut; the prolog, comments, processing
 * instructions and a harmless DOCTYPE are dropped; a bare {@code &} becomes {@code &amp;}; HTML named
 * entities ({@code &eacute;}, {@code &nbsp;}) become numeric references; a bare {@code <} in text becomes
 * {@code &lt;}; nested CDATA sections are flattened; characters XML forbids are removed.
 *
 * <p>It refuses (with {@link FeedParseException.Reason#UNSAFE}) any DOCTYPE that declares entities:
 * that is the shape of every XXE and entity-expansion ("billion laughs") payload, and no real feed
 * needs it. It refuses (with {@link FeedParseException.Reason#TOO_DEEP}) nesting deeper than the limit.
 * It never reads anything but the string it is given.
 */
final class XmlRepair {
    private static final Pattern ROOT = Pattern.compile("<((?:[A-Za-z_][\\w.-]*:)?(?:rss|RDF|feed))[\\s>/]");
    private static final Pattern HTML = Pattern.compile("(?i)<html[\\s>]|<!doctype\\s+html");
    private static final Pattern ITEM_END = Pattern.compile("</(?:[A-Za-z_][\\w.-]*:)?(?:item|entry)\\s*>");

    private XmlRepair() {
    }

    /** The qualified name of the feed's root element, if the text has one before any {@code <html>}. */
    static String rootName(String text) {
        Matcher root = ROOT.matcher(text);
        Matcher html = HTML.matcher(text);
        boolean hasRoot = root.find();
        if (html.find() && (!hasRoot || html.start() < root.start())) {
            return null;
        }
        return hasRoot ? root.group(1) : null;
    }

    /**
     * Cuts a document that was truncated at a byte limit after its last complete item and closes the
     * elements left open, or returns null when no item is complete.
     */
    static String closeAfterLastItem(String text, String rootName) {
        Matcher m = ITEM_END.matcher(text);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        if (end < 0) {
            return null;
        }
        String local = rootName.contains(":") ? rootName.substring(rootName.indexOf(':') + 1) : rootName;
        String close = local.equals("rss") ? "</channel></" + rootName + ">" : "</" + rootName + ">";
        return text.substring(0, end) + close;
    }

    /** The repaired text; notes of what was changed are added to {@code notes}. */
    static String repair(String s, String rootName, int maxDepth, List<String> notes) throws FeedParseException {
        int start = documentStart(s, rootName);
        if (!s.substring(0, start).isBlank()) {
            notes.add("junk before the XML document removed");
        }
        int end = documentEnd(s, rootName);
        StringBuilder out = new StringBuilder(end - start + 64);
        int depth = 0;
        int amps = 0;
        int i = start;
        while (i < end) {
            char c = s.charAt(i);
            if (c == '<') {
                if (s.startsWith("<?", i)) {
                    i = skipPast(s, i, "?>", end);
                } else if (s.startsWith("<!--", i)) {
                    i = skipPast(s, i + 4, "-->", end);
                } else if (s.startsWith("<![CDATA[", i)) {
                    i = copyCdata(s, i, end, out);
                } else if (s.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                    i = skipDoctype(s, i, end);
                } else if (i + 1 < end && s.charAt(i + 1) == '/') {
                    depth--;
                    i = copyTag(s, i, end, out);
                } else if (i + 1 < end && isNameStart(s.charAt(i + 1))) {
                    int tagEnd = copyTag(s, i, end, out);
                    if (!(out.length() >= 2 && out.charAt(out.length() - 2) == '/')) {
                        depth++;
                        if (depth > maxDepth) {
                            throw new FeedParseException(FeedParseException.Reason.TOO_DEEP,
                                    "elements nested more than " + maxDepth + " deep");
                        }
                    }
                    i = tagEnd;
                } else {
                    out.append("&lt;");
                    i++;
                }
            } else if (c == '&') {
                int before = out.length();
                boolean escapedAlready = s.startsWith("&amp;", i);
                i = copyReference(s, i, out);
                if (!escapedAlready && out.length() - before == 5 && out.charAt(before + 1) == 'a') {
                    amps++;
                }
            } else if (c == ']' && s.startsWith("]]>", i)) {
                out.append("]]&gt;");
                i += 3;
            } else if (isForbidden(c)) {
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        if (amps > 0) {
            notes.add(amps + " unescaped '&' escaped");
        }
        return out.toString();
    }

    private static int documentStart(String s, String rootName) throws FeedParseException {
        int root = s.indexOf("<" + rootName);
        int prolog = s.indexOf("<?xml");
        int doctype = indexOfIgnoreCase(s, "<!DOCTYPE", Math.max(root, 0));
        int start = root;
        if (doctype >= 0 && doctype < root) {
            start = doctype;
        }
        if (prolog >= 0 && prolog < start) {
            start = prolog;
        }
        return Math.max(start, 0);
    }

    private static int documentEnd(String s, String rootName) {
        int close = s.lastIndexOf("</" + rootName);
        if (close < 0) {
            return s.length();
        }
        int gt = s.indexOf('>', close);
        return gt < 0 ? s.length() : gt + 1;
    }

    private static int indexOfIgnoreCase(String s, String needle, int before) {
        int limit = Math.min(s.length(), before + needle.length());
        for (int i = s.indexOf('<'); i >= 0 && i + needle.length() <= limit; i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static int skipPast(String s, int from, String marker, int end) {
        int at = s.indexOf(marker, from);
        return at < 0 || at >= end ? end : at + marker.length();
    }

    private static int skipDoctype(String s, int i, int end) throws FeedParseException {
        int bracket = 0;
        boolean quoted = false;
        char quote = 0;
        for (int j = i + 9; j < end; j++) {
            char c = s.charAt(j);
            if (quoted) {
                if (c == quote) {
                    quoted = false;
                }
            } else if (c == '"' || c == '\'') {
                quoted = true;
                quote = c;
            } else if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket--;
            } else if (c == '<' && bracket > 0 && s.startsWith("<!ENTITY", j)) {
                throw new FeedParseException(FeedParseException.Reason.UNSAFE,
                        "DOCTYPE declares entities: refused (external-entity or entity-expansion payload)");
            } else if (c == '>' && bracket <= 0) {
                return j + 1;
            }
        }
        return end;
    }

    /**
     * Copies a CDATA section, flattening CDATA nested inside it; when the nesting never closes, the
     * first {@code ]]>} ends the section as XML says.
     */
    private static int copyCdata(String s, int i, int end, StringBuilder out) {
        int mark = out.length();
        int nestedEnd = copyNestedCdata(s, i, end, out);
        if (nestedEnd >= 0) {
            return nestedEnd;
        }
        out.setLength(mark);
        int close = s.indexOf("]]>", i + 9);
        int stop = close < 0 || close >= end ? end : close;
        out.append("<![CDATA[");
        for (int j = i + 9; j < stop; j++) {
            char c = s.charAt(j);
            if (!isForbidden(c)) {
                out.append(c);
            }
        }
        out.append("]]>");
        return close < 0 || close >= end ? end : close + 3;
    }

    private static int copyNestedCdata(String s, int i, int end, StringBuilder out) {
        out.append("<![CDATA[");
        int j = i + 9;
        int nesting = 1;
        while (j < end) {
            if (s.startsWith("<![CDATA[", j)) {
                nesting++;
                j += 9;
            } else if (s.startsWith("]]>", j)) {
                nesting--;
                j += 3;
                if (nesting == 0) {
                    out.append("]]>");
                    return j;
                }
            } else {
                char c = s.charAt(j);
                if (!isForbidden(c)) {
                    out.append(c);
                }
                j++;
            }
        }
        return -1;
    }

    /** Copies a start or end tag, escaping bare '&' and '<' inside attribute values. */
    private static int copyTag(String s, int i, int end, StringBuilder out) {
        out.append('<');
        int j = i + 1;
        char quote = 0;
        while (j < end) {
            char c = s.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                    out.append(c);
                    j++;
                } else if (c == '&') {
                    j = copyReference(s, j, out);
                } else if (c == '<') {
                    out.append("&lt;");
                    j++;
                } else {
                    if (!isForbidden(c)) {
                        out.append(c);
                    }
                    j++;
                }
            } else {
                if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    out.append(c);
                    return j + 1;
                }
                out.append(c);
                j++;
            }
        }
        return end;
    }

    /** Copies an entity or character reference, repaired; returns the index after it. */
    private static int copyReference(String s, int i, StringBuilder out) {
        int j = i + 1;
        int limit = Math.min(s.length(), i + 40);
        if (j < limit && s.charAt(j) == '#') {
            boolean hex = j + 1 < limit && (s.charAt(j + 1) == 'x' || s.charAt(j + 1) == 'X');
            int k = hex ? j + 2 : j + 1;
            int digitsStart = k;
            while (k < limit && (hex ? Character.digit(s.charAt(k), 16) >= 0 : Character.isDigit(s.charAt(k)))) {
                k++;
            }
            if (k > digitsStart && k < limit && s.charAt(k) == ';' && k - digitsStart <= 7) {
                int cp = Integer.parseInt(s.substring(digitsStart, k), hex ? 16 : 10);
                if (isAllowedCodePoint(cp)) {
                    out.append(s, i, k + 1);
                }
                return k + 1;
            }
            out.append("&amp;");
            return j;
        }
        int k = j;
        while (k < limit && (Character.isLetterOrDigit(s.charAt(k))) && s.charAt(k) < 128) {
            k++;
        }
        if (k > j && k < limit && s.charAt(k) == ';' && Character.isLetter(s.charAt(j))) {
            String name = s.substring(j, k);
            switch (name) {
                case "amp", "lt", "gt", "quot", "apos" -> out.append(s, i, k + 1);
                default -> {
                    if (Entities.isNamedEntity(name)) {
                        Entities.getByName(name).codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
                    } else {
                        out.append("&amp;").append(name).append(';');
                    }
                }
            }
            return k + 1;
        }
        out.append("&amp;");
        return j;
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isForbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
    }

    private static boolean isAllowedCodePoint(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
