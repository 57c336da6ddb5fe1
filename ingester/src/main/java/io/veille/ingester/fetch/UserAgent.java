package io.veille.ingester.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The honest {@code User-Agent} of every request: {@code Veille/<version> (technology-watch feed reader)}. */
public final class UserAgent {
    /** What a site owner reading their logs learns about the client. */
    static final String DESCRIPTION = "technology-watch feed reader";

    /** The product token robots.txt groups are matched against. */
    public static final String PRODUCT = "Veille";

    private static final String VALUE = PRODUCT + "/" + version() + " (" + DESCRIPTION + ")";

    private UserAgent() {
    }

    public static String value() {
        return VALUE;
    }

    static String version() {
        try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException ignored) {
            // fall through to the fallback below
        }
        return "dev";
    }
}
