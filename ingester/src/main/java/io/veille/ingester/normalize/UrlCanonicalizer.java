package io.veille.ingester.normalize;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The canonical form of an article URL, from which its id is derived: resolved against a base,
 * http or https only, scheme and host lower-cased, default port and fragment removed, an empty path
 * made {@code /}, and tracking parameters removed ({@code utm_*}, {@code mtm_*}, {@code pk_*},
 * {@code fbclid}, {@code gclid}, {@code mc_cid}, {@code mc_eid}, {@code xtor} and the like). The other
 * parameters keep their order and spelling. Stateless and thread-safe.
 */
public final class UrlCanonicalizer {
    private static final Set<String> TRACKING = Set.of(
            "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
            "igshid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "__hssc", "__hstc", "__hsfp", "hsctatracking",
            "mkt_tok", "oly_anon_id", "oly_enc_id", "rb_clickid", "s_cid", "vero_conv", "vero_id", "wickedid",
            "xtor", "at_medium", "at_campaign", "ncid", "sr_share", "ref_src", "ref_url", "_ga", "_gl", "spm",
            "cmpid", "cid_source", "itm_source", "itm_medium", "itm_campaign");
    private static final String[] TRACKING_PREFIXES = {"utm_", "mtm_", "pk_", "matomo_", "piwik_", "hmb_", "ga_"};

    private UrlCanonicalizer() {
    }

    /**
     * The canonical form of {@code ref} resolved against {@code base} (may be null), or empty when it
     * is not an http(s) URL (javascript:, data:, mailto:, garbage).
     */
    public static Optional<String> canonicalize(String ref, URI base) {
        Optional<URI> abs = absolute(ref, base);
        if (abs.isEmpty()) {
            return Optional.empty();
        }
        URI u = abs.get();
        String host = u.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        int port = u.getPort();
        if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
            port = -1;
        }
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        String query = cleanQuery(u.getRawQuery());
        StringBuilder sb = new StringBuilder(scheme).append("://");
        if (u.getRawUserInfo() != null) {
            sb.append(u.getRawUserInfo()).append('@');
        }
        sb.append(host);
        if (port != -1) {
            sb.append(':').append(port);
        }
        sb.append(path);
        if (query != null) {
            sb.append('?').append(query);
        }
        return Optional.of(sb.toString());
    }

    /**
     * {@code ref} made absolute against {@code base}, if it is an http(s) URL with a host; nothing
     * else is changed. Spaces and other characters browsers tolerate are percent-encoded first.
     */
    public static Optional<URI> absolute(String ref, URI base) {
        if (ref == null) {
            return Optional.empty();
        }
        String r = ref.strip();
        if (r.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI u = new URI(encodeLoose(r));
            if (!u.isAbsolute()) {
                if (base == null) {
                    return Optional.empty();
                }
                u = base.resolve(u);
            }
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(u);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether a query parameter name is a known tracking parameter. */
    public static boolean isTrackingParameter(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (TRACKING.contains(n)) {
            return true;
        }
        for (String p : TRACKING_PREFIXES) {
            if (n.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static String cleanQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        StringJoiner kept = new StringJoiner("&");
        for (String pair : rawQuery.split("[&;]")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (!isTrackingParameter(name)) {
                kept.add(pair);
            }
        }
        String q = kept.toString();
        return q.isEmpty() ? null : q;
    }

    private static String encodeLoose(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case ' ' -> "%20";
                case '"' -> "%22";
                case '<' -> "%3C";
                case '>' -> "%3E";
                case '\\' -> "/";
                case '^' -> "%5E";
                case '`' -> "%60";
                case '{' -> "%7B";
                case '|' -> "%7C";
                case '}' -> "%7D";
                default -> null;
            };
            if (rep == null && (c < 0x20 || c == 0x7F)) {
                rep = "";
            }
            if (rep != null) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(rep);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
