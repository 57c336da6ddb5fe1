package io.veille.ingester.schedule;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an RSS channel's {@code <ttl>} (minutes) from the raw document. The part-1 parser does not
 * expose it, and it sits near the top of the channel, so the first 64 KiB are searched.
 */
public final class FeedTtl {
    private static final Pattern TTL = Pattern.compile("<ttl>\\s*(\\d{1,6})\\s*</ttl>");

    private FeedTtl() {
    }

    /** The ttl, or null when the document names none. */
    public static Duration of(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 64 * 1024), StandardCharsets.ISO_8859_1);
        Matcher m = TTL.matcher(head);
        return m.find() ? Duration.ofMinutes(Long.parseLong(m.group(1))) : null;
    }
}
