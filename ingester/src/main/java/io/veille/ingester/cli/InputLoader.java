package io.veille.ingester.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Reads a command-line input, a file path or an http(s) URL, into bytes, reading at most a limit.
 * URLs are fetched plainly with the JDK client (redirects followed, 20 s timeout); the polite,
 * conditional fetcher of the ingester service is a different piece.
 */
final class InputLoader {
    /** What was read: the bytes, the Content-Type when fetched over HTTP, and the input's URI. */
    record Loaded(byte[] bytes, String contentType, URI uri) {
    }

    /** A failure to read an input, with a one-line reason. */
    static final class InputException extends Exception {
        private static final long serialVersionUID = 1L;

        InputException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final int maxBytes;

    InputLoader(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    static boolean isUrl(String input) {
        String l = input.toLowerCase(java.util.Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    Loaded load(String input) throws InputException {
        return isUrl(input) ? fetch(input) : read(input);
    }

    private Loaded read(String input) throws InputException {
        Path path = Path.of(input);
        try (InputStream in = Files.newInputStream(path)) {
            return new Loaded(in.readNBytes(maxBytes + 1), null, path.toAbsolutePath().toUri());
        } catch (NoSuchFileException e) {
            throw new InputException("no such file", e);
        } catch (IOException e) {
            throw new InputException("cannot read: " + e.getMessage(), e);
        }
    }

    private Loaded fetch(String input) throws InputException {
        URI uri;
        try {
            uri = URI.create(input);
        } catch (IllegalArgumentException e) {
            throw new InputException("not a valid URL", e);
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(20))
                .header("User-Agent", "Veille/0.1 (+https://demo.veille.test/bot)")
                .header("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/json, "
                        + "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5")
                .GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw new InputException("HTTP " + response.statusCode(), null);
                }
                byte[] bytes = in.readNBytes(maxBytes + 1);
                return new Loaded(bytes, response.headers().firstValue("Content-Type").orElse(null), response.uri());
            }
        } catch (IOException e) {
            throw new InputException("fetch failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("interrupted", e);
        }
    }
}
