package io.veille.ingester.parse;

/**
 * Bounds on everything in a feed that can grow. A document over {@code maxBytes} is cut at the last
 * complete item before the limit; items beyond {@code maxItems} are dropped; text fields longer than
 * {@code maxFieldChars} are truncated; nesting deeper than {@code maxDepth} is refused.
 *
 * @param maxBytes      the largest document read, in bytes
 * @param maxItems      the most items kept from one document
 * @param maxFieldChars the longest text field kept (content, summary), in characters
 * @param maxDepth      the deepest element or JSON nesting accepted
 */
public record FeedLimits(int maxBytes, int maxItems, int maxFieldChars, int maxDepth) {
    /** 10 MiB, 1,000 items, 512 Ki characters a field, nesting 64 deep. */
    public static final FeedLimits DEFAULT = new FeedLimits(10 * 1024 * 1024, 1000, 512 * 1024, 64);

    public FeedLimits {
        if (maxBytes <= 0 || maxItems <= 0 || maxFieldChars <= 0 || maxDepth <= 0) {
            throw new IllegalArgumentException("every feed limit must be positive");
        }
    }
}
