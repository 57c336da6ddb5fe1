package io.veille.ingester.encoding;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the charset of a feed or a web page from its bytes and its labels, the way browsers and
 * mature feed readers do, and copes with the usual lies.
 *
 * <p>Order of evidence: a byte-order mark wins; then UTF-16 without a mark is recognised from the
 * zero bytes around {@code <}; then the labels, the HTTP {@code Content-Type} charset before the
 * in-document one (XML prolog {@code encoding}, or HTML {@code <meta charset>}). Labels are checked
 * against the bytes: text that is valid multi-byte UTF-8 is read as UTF-8 whatever a single-byte label
 * claims; text labelled UTF-8 (or not labelled) that is not valid UTF-8 is read as windows-1252; and
 * ISO-8859-1 and US-ASCII are read as their superset windows-1252, as the WHATWG encoding standard says.
 * Every correction is recorded in {@link DetectedCharset#notes()}.
 *
 * <p>Stateless and thread-safe.
 */
public final class CharsetDetector {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([\\w.:-]+)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
    private static final Set<String> SINGLE_BYTE_LATIN = Set.of(
            "ISO-8859-1", "ISO-8859-15", "WINDOWS-1252", "US-ASCII", "ISO-8859-2", "WINDOWS-1250");

    private CharsetDetector() {
    }

    /** The charset of an XML document (a feed), given its bytes and its HTTP Content-Type (may be null). */
    public static DetectedCharset forXml(byte[] bytes, String contentTypeHeader) {
        return detect(bytes, contentTypeHeader, XML_ENCODING, 200, "XML prolog");
    }

    /** The charset of an HTML page, given its bytes and its HTTP Content-Type (may be null). */
    public static DetectedCharset forHtml(byte[] bytes, String contentTypeHeader) {
        return detect(bytes, contentTypeHeader, META_CHARSET, 2048, "meta charset");
    }

    /** The charset named in a Content-Type header value, if it names a known one. */
    public static Optional<String> headerCharset(String contentTypeHeader) {
        if (contentTypeHeader == null) {
            return Optional.empty();
        }
        Matcher m = HEADER_CHARSET.matcher(contentTypeHeader);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static DetectedCharset detect(byte[] bytes, String header, Pattern inDocument, int scan, String docLabel) {
        List<String> notes = new ArrayList<>();
        DetectedCharset bom = fromBom(bytes);
        if (bom != null) {
            return bom;
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new DetectedCharset(utf16, 0, List.of("UTF-16 recognised from its zero bytes"));
        }
        Charset fromHeader = headerCharset(header).map(CharsetDetector::lookup).orElse(null);
        String head = new String(bytes, 0, Math.min(bytes.length, scan), StandardCharsets.ISO_8859_1);
        Matcher m = inDocument.matcher(head);
        Charset fromDoc = m.find() ? lookup(m.group(1)) : null;
        if (fromHeader != null && fromDoc != null && !fromHeader.equals(fromDoc)) {
            notes.add("HTTP header says " + fromHeader.name() + " but the " + docLabel + " says " + fromDoc.name());
        }
        Charset declared = fromHeader != null ? fromHeader : fromDoc;
        if (!hasHighBytes(bytes)) {
            Charset ascii = declared == null || isAsciiCompatible(declared) ? StandardCharsets.UTF_8 : declared;
            return new DetectedCharset(ascii, 0, notes);
        }
        boolean validUtf8 = isValidUtf8(bytes);
        if (validUtf8 && (declared == null || isUtf8OrLatin(declared))) {
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                notes.add("labelled " + declared.name() + " but the bytes are UTF-8: read as UTF-8");
            }
            return new DetectedCharset(StandardCharsets.UTF_8, 0, notes);
        }
        if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
            Charset other = fromDoc != null && !fromDoc.equals(StandardCharsets.UTF_8) ? fromDoc : null;
            Charset fallback = other != null ? latinSuperset(other) : WINDOWS_1252;
            notes.add((declared == null ? "unlabelled" : "labelled UTF-8") + " but not valid UTF-8: read as "
                    + fallback.name());
            return new DetectedCharset(fallback, 0, notes);
        }
        Charset chosen = latinSuperset(declared);
        if (!chosen.equals(declared)) {
            notes.add("labelled " + declared.name() + ": read as its superset " + chosen.name());
        }
        return new DetectedCharset(chosen, 0, notes);
    }

    private static DetectedCharset fromBom(byte[] b) {
        if (b.length >= 4 && (b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x00 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return new DetectedCharset(Charset.forName("UTF-32BE"), 4, List.of("UTF-32BE byte-order mark"));
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return new DetectedCharset(Charset.forName("UTF-32LE"), 4, List.of("UTF-32LE byte-order mark"));
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new DetectedCharset(StandardCharsets.UTF_8, 3, List.of());
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new DetectedCharset(StandardCharsets.UTF_16BE, 2, List.of());
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new DetectedCharset(StandardCharsets.UTF_16LE, 2, List.of());
        }
        return null;
    }

    private static Charset utf16WithoutBom(byte[] b) {
        for (int i = 0; i + 1 < Math.min(b.length, 64); i++) {
            if (b[i] == '<' && b[i + 1] == 0 && (i + 2 < b.length) && b[i + 2] != 0) {
                return i % 2 == 0 ? StandardCharsets.UTF_16LE : null;
            }
            if (b[i] == 0 && b[i + 1] == '<') {
                return i % 2 == 0 ? StandardCharsets.UTF_16BE : null;
            }
            if (b[i] == '<') {
                return null;
            }
        }
        return null;
    }

    private static boolean hasHighBytes(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isUtf8OrLatin(Charset c) {
        return c.equals(StandardCharsets.UTF_8) || SINGLE_BYTE_LATIN.contains(c.name().toUpperCase(Locale.ROOT));
    }

    private static boolean isAsciiCompatible(Charset c) {
        String n = c.name().toUpperCase(Locale.ROOT);
        return !(n.startsWith("UTF-16") || n.startsWith("UTF-32"));
    }

    private static Charset latinSuperset(Charset c) {
        String n = c.name().toUpperCase(Locale.ROOT);
        return n.equals("ISO-8859-1") || n.equals("US-ASCII") ? WINDOWS_1252 : c;
    }

    private static Charset lookup(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        if (l.equals("utf8")) {
            l = "utf-8";
        } else if (l.equals("latin1") || l.equals("latin-1")) {
            l = "iso-8859-1";
        }
        try {
            return Charset.forName(l);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
