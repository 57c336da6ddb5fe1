package io.veille.common.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The rule that turns an article's identity into its id (documented in {@code docs/events.md}).
 *
 * <p>The id is the first 16 bytes of the SHA-256 of a UTF-8 string, as 32 lower-case hex digits:
 * the string is the canonical URL when the item has a link, and {@code guid:<feed id>:<guid>} when it
 * has none (a GUID alone is only unique within its feed). The same article seen in two feeds has the
 * same canonical URL, hence the same id.
 */
public final class ArticleIds {
    private ArticleIds() {
    }

    /** The id of an article from its canonical URL (already canonicalized by the ingester). */
    public static String fromCanonicalUrl(String canonicalUrl) {
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        return hash(canonicalUrl);
    }

    /** The id of an item that has no link, from its feed and its GUID. */
    public static String fromGuid(String feedId, String guid) {
        Objects.requireNonNull(feedId, "feedId");
        Objects.requireNonNull(guid, "guid");
        return hash("guid:" + feedId + ":" + guid);
    }

    /** The full SHA-256 of a text, as hex; used for content hashes. */
    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(digest(text));
    }

    private static String hash(String text) {
        byte[] digest = digest(text);
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
