package io.veille.ingester.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Undoes {@code Content-Encoding: gzip} and {@code deflate} (zlib-wrapped or raw), reading at most
 * {@code cap + 1} decoded bytes, so a compression bomb is cut like any other large body. A stream
 * cut off in the middle yields what was decoded before the cut.
 */
final class ContentDecoding {
    private ContentDecoding() {
    }

    /** The decoded body; {@code truncated} when it went past {@code cap} or the input was cut. */
    record Decoded(byte[] bytes, boolean truncated) {
    }

    static Decoded decode(String encoding, byte[] body, boolean inputTruncated, int cap) throws IOException {
        String e = encoding == null ? "" : encoding.trim().toLowerCase(Locale.ROOT);
        switch (e) {
            case "", "identity":
                return body.length > cap ? new Decoded(java.util.Arrays.copyOf(body, cap + 1), true)
                        : new Decoded(body, inputTruncated);
            case "gzip", "x-gzip":
                return read(new GZIPInputStream(new ByteArrayInputStream(body)), inputTruncated, cap);
            case "deflate":
                try {
                    return read(new InflaterInputStream(new ByteArrayInputStream(body)), inputTruncated, cap);
                } catch (ZipException notZlib) {
                    return read(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)), inputTruncated, cap);
                }
            default:
                throw new IOException("unsupported Content-Encoding: " + encoding);
        }
    }

    private static Decoded read(InputStream in, boolean inputTruncated, int cap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try (in) {
            int n;
            while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, cap + 1L - out.size()))) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > cap) {
                    return new Decoded(out.toByteArray(), true);
                }
            }
        } catch (EOFException cut) {
            if (!inputTruncated) {
                throw cut;
            }
        }
        return new Decoded(out.toByteArray(), inputTruncated);
    }
}
