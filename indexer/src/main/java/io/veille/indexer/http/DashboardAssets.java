package io.veille.indexer.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The files of the editors' dashboard, read from the classpath folder {@code io/veille/indexer/http/dashboard/}.
 *
 * <p>Promises: only a flat file name of lower-case letters, digits and dashes with a known extension is ever
 * looked up (so no {@code ..}, no slash, no encoded trick reaches the class loader); each file comes with its
 * content type in UTF-8; anything else is absent.
 */
final class DashboardAssets {
    static final String FOLDER = "dashboard/";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}\\.(html|js|css|svg|png|ico)");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon");

    /** The policy of every dashboard file: nothing but this server's own scripts, styles, images and API. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** One file: its bytes and content type. */
    record Asset(byte[] body, String contentType) {
    }

    /** The file called {@code name}, or empty when the name is not a plain asset name or no such file exists. */
    Optional<Asset> find(String name) throws IOException {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        try (InputStream in = DashboardAssets.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                return Optional.empty();
            }
            String extension = name.substring(name.lastIndexOf('.') + 1);
            return Optional.of(new Asset(in.readAllBytes(), TYPES.get(extension)));
        }
    }
}
