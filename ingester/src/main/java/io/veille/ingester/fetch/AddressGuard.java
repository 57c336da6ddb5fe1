package io.veille.ingester.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The SSRF guard: refuses a URL unless it is http(s) and every address its host resolves to is a
 * public unicast address. Refused: loopback, private (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7),
 * link-local (169.254/16 — the cloud metadata address 169.254.169.254 among them — and fe80::/10),
 * multicast, unspecified (0.0.0.0/8, ::), broadcast, and IPv4-mapped or IPv4-compatible IPv6 forms of
 * any of these. The fetcher calls {@link #check} before every hop, redirects included.
 *
 * <p>{@code allowLoopback} lets tests and the demo fetch from 127.0.0.1/::1; {@code allowPrivate}
 * lets a user fetch from an intranet. Both default to false.
 */
public final class AddressGuard {
    /** Resolves a host name; a seam for tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowLoopback;
    private final boolean allowPrivate;
    private final Resolver resolver;

    public AddressGuard(boolean allowLoopback, boolean allowPrivate) {
        this(allowLoopback, allowPrivate, InetAddress::getAllByName);
    }

    public AddressGuard(boolean allowLoopback, boolean allowPrivate, Resolver resolver) {
        this.allowLoopback = allowLoopback;
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** A guard that refuses every non-public address. */
    public static AddressGuard strict() {
        return new AddressGuard(false, false);
    }

    /**
     * @throws FetchException of kind {@link FetchException.Kind#REFUSED} when the URL may not be fetched,
     *                        or {@link FetchException.Kind#NETWORK} when its host does not resolve
     */
    public void check(URI url) throws FetchException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(FetchException.Kind.REFUSED, url + ": refused: only http and https URLs are fetched");
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new FetchException(FetchException.Kind.REFUSED, url + ": refused: no host");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchException.Kind.NETWORK, url + ": unknown host " + host, e);
        }
        for (InetAddress address : addresses) {
            String why = refusal(address);
            if (why != null) {
                throw new FetchException(FetchException.Kind.REFUSED, url + ": refused: " + host + " resolves to "
                        + why + " address " + address.getHostAddress()
                        + " (set ingester.http.allow-loopback / allow-private to allow it)");
            }
        }
    }

    /** Why {@code address} is refused ("loopback", "private", ...), or null when it may be fetched. */
    String refusal(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            byte[] embedded = embeddedIpv4(b);
            if (embedded != null) {
                try {
                    return refusal(InetAddress.getByAddress(embedded));
                } catch (UnknownHostException e) {
                    return "unparseable";
                }
            }
            if (address.isLoopbackAddress()) {
                return allowLoopback ? null : "loopback";
            }
            if (address.isAnyLocalAddress()) {
                return "unspecified";
            }
            if (address.isMulticastAddress()) {
                return "multicast";
            }
            if (address.isLinkLocalAddress() || (b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
                return "link-local"; // fe80::/10, and the deprecated site-local fec0::/10
            }
            if ((b[0] & 0xfe) == 0xfc) {
                return allowPrivate ? null : "private"; // unique local fc00::/7
            }
            return null;
        }
        if (address instanceof Inet4Address) {
            int a0 = b[0] & 0xff;
            int a1 = b[1] & 0xff;
            if (a0 == 127) {
                return allowLoopback ? null : "loopback";
            }
            if (a0 == 0) {
                return "unspecified";
            }
            if (a0 == 169 && a1 == 254) {
                return "link-local";
            }
            if (a0 >= 224) {
                return a0 < 240 ? "multicast" : "reserved";
            }
            boolean isPrivate = a0 == 10 || a0 == 172 && (a1 & 0xf0) == 16 || a0 == 192 && a1 == 168
                    || a0 == 100 && (a1 & 0xc0) == 64;
            if (isPrivate) {
                return allowPrivate ? null : "private";
            }
            return null;
        }
        return "unknown";
    }

    /** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or IPv4-compatible (::a.b.c.d) IPv6 address. */
    private static byte[] embeddedIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return null;
            }
        }
        boolean mapped = b[10] == (byte) 0xff && b[11] == (byte) 0xff;
        boolean compatible = b[10] == 0 && b[11] == 0 && (b[12] != 0 || b[13] != 0);
        if (!mapped && !compatible) {
            return null;
        }
        return new byte[] {b[12], b[13], b[14], b[15]};
    }
}
