package io.veille.ingester.encoding;

import java.nio.charset.Charset;
import java.util.List;

/**
 * The charset chosen for a document, how many bytes of byte-order mark precede the text, and the
 * lies that were found on the way (a label that contradicted the bytes), as human-readable notes.
 */
public record DetectedCharset(Charset charset, int bomLength, List<String> notes) {
    public DetectedCharset {
        notes = List.copyOf(notes);
    }

    /** The bytes decoded with this charset, byte-order mark skipped; malformed input becomes U+FFFD. */
    public String decode(byte[] bytes) {
        return new String(bytes, bomLength, bytes.length - bomLength, charset);
    }
}
