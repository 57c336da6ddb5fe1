package io.veille.ingester.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * What to fetch, with the validators of the previous answer for a conditional GET.
 *
 * @param url          the URL
 * @param etag         sent as {@code If-None-Match}, or null
 * @param lastModified sent as {@code If-Modified-Since}, or null
 */
public record FetchRequest(URI url, String etag, String lastModified) {
    public FetchRequest {
        Objects.requireNonNull(url, "url");
    }

    public static FetchRequest of(URI url) {
        return new FetchRequest(url, null, null);
    }
}
