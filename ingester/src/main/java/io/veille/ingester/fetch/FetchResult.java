package io.veille.ingester.fetch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * A fetch that got an answer: a body (200) or "not modified" (304).
 *
 * @param notModified        whether the server answered 304 to our validators
 * @param body               the decoded body, at most the cap + 1 bytes; empty when not modified
 * @param truncated          whether the body was cut off at the cap
 * @param contentType        the {@code Content-Type} header, or null
 * @param etag               the {@code ETag} to send next time (the previous one on a 304 without one), or null
 * @param lastModified       the {@code Last-Modified} to send next time, or null
 * @param finalUrl           the URL that answered, after redirects
 * @param permanentRedirect  the new URL when every redirect on the way was permanent (301/308), else null
 * @param maxAge             {@code Cache-Control: max-age}, or null
 * @param expires            {@code Expires}, or null
 */
public record FetchResult(
        boolean notModified,
        byte[] body,
        boolean truncated,
        String contentType,
        String etag,
        String lastModified,
        URI finalUrl,
        URI permanentRedirect,
        Duration maxAge,
        Instant expires) {
}
