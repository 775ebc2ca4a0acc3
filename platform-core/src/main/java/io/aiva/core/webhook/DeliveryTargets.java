package io.aiva.core.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs AIVA may send a company's webhooks to. A webhook is a request our server makes to an
 * address a customer chose, so without this rule any customer could make it call what only our own
 * network reaches (a cloud metadata service, a database admin page): the classic server-side request
 * forgery. Outside development an endpoint must be {@code https} and every address its host resolves
 * to must be public. The check runs when the endpoint is saved and again in each attempt, where the
 * HTTP client connects through {@link #addresses}: what a name resolves to can change, even between
 * a check and a connection made with a lookup of its own (DNS rebinding).
 */
public final class DeliveryTargets {

    /** Resolves a host name, as DNS does; replaceable in unit tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    static final String NON_PUBLIC = "must not resolve to a loopback, private, link-local or other non-public address";

    private final boolean developmentMode;
    private final Resolver resolver;

    public DeliveryTargets(boolean developmentMode, Resolver resolver) {
        this.developmentMode = developmentMode;
        this.resolver = resolver;
    }

    /** Why AIVA will not deliver to this URL, or empty when it will. */
    public Optional<String> refusal(String url) {
        Optional<String> formRefusal = formRefusal(url);
        if (formRefusal.isPresent() || developmentMode) {
            return formRefusal;
        }
        try {
            addresses(URI.create(url).getHost());
            return Optional.empty();
        } catch (NonPublicAddressException e) {
            return Optional.of(NON_PUBLIC);
        } catch (UnknownHostException e) {
            return Optional.of("its host does not resolve");
        }
    }

    /** Why AIVA will not deliver to this URL, judged on the URL alone (no lookup), or empty. */
    Optional<String> formRefusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("must be an absolute https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean allowedScheme = scheme.equals("https") || developmentMode && scheme.equals("http");
        if (!allowedScheme || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.of("must be an absolute https URL without user information");
        }
        return Optional.empty();
    }

    /**
     * The addresses a delivery to this host may connect to, from one lookup: all of them, or none
     * when any is not public (outside development).
     *
     * @throws NonPublicAddressException when the host resolves to an address that is not public
     * @throws UnknownHostException when it does not resolve
     */
    public InetAddress[] addresses(String host) throws UnknownHostException {
        InetAddress[] addresses = resolver.resolve(host);
        if (addresses.length == 0) {
            throw new UnknownHostException(host);
        }
        if (!developmentMode && Arrays.stream(addresses).anyMatch(DeliveryTargets::notPublic)) {
            throw new NonPublicAddressException(host);
        }
        return addresses;
    }

    /** A host that resolves to an address deliveries may not reach; an {@link UnknownHostException} so that a resolver may throw it. */
    public static final class NonPublicAddressException extends UnknownHostException {

        private static final long serialVersionUID = 1L;

        NonPublicAddressException(String host) {
            super(host + " resolves to an address that is not public");
        }
    }

    static boolean notPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0                                   // "this network"
                    || first == 100 && second >= 64 && second < 128 // carrier-grade NAT, 100.64.0.0/10
                    || first == 192 && second == 0 && (bytes[2] & 0xff) == 0 // IETF protocol assignments
                    || first == 198 && (second == 18 || second == 19) // benchmarking, 198.18.0.0/15
                    || first >= 240;                            // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // unique local, fc00::/7
        }
        return true;
    }
}
