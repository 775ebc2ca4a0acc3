package io.aiva.core.company;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.aiva.core.InvalidInputException;

/**
 * The web origins a company lets frame its interviews. An origin is a scheme, a host and maybe a
 * port, as browsers compare them; {@code https} only, since a page served over plain http could be
 * anyone's, except {@code http://localhost} for a developer trying the embed on their machine.
 */
final class EmbedOrigins {

    static final int MOST = 20;
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1");

    private EmbedOrigins() {
    }

    /** What is wrong with each origin, field by field; empty when all are fine. */
    static List<InvalidInputException.Issue> issues(List<String> origins) {
        List<InvalidInputException.Issue> issues = new ArrayList<>();
        if (origins == null) {
            return issues;
        }
        if (origins.size() > MOST) {
            issues.add(new InvalidInputException.Issue("/embedOrigins", "holds at most " + MOST + " origins"));
        }
        for (int i = 0; i < origins.size(); i++) {
            String problem = problem(origins.get(i));
            if (problem != null) {
                issues.add(new InvalidInputException.Issue("/embedOrigins/" + i, problem));
            }
        }
        return issues;
    }

    /** The origins as browsers send them (lower case, no trailing slash), each once, in the order given. */
    static List<String> normalised(List<String> origins) {
        Set<String> unique = new LinkedHashSet<>();
        if (origins != null) {
            origins.forEach(origin -> unique.add(normalised(origin)));
        }
        return List.copyOf(unique);
    }

    static String normalised(String origin) {
        return origin.strip().toLowerCase(Locale.ROOT).replaceAll("/$", "");
    }

    private static String problem(String origin) {
        if (origin == null || origin.isBlank()) {
            return "is empty";
        }
        URI uri;
        try {
            uri = new URI(origin.strip().replaceAll("/$", ""));
        } catch (URISyntaxException e) {
            return "is not an origin (scheme://host[:port])";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || uri.getRawPath() != null && !uri.getRawPath().isEmpty() || uri.getRawQuery() != null
                || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            return "is not an origin (scheme://host[:port], no path)";
        }
        if (scheme.equals("https") || scheme.equals("http") && LOCAL_HOSTS.contains(host)) {
            return null;
        }
        return "must be https (http only for localhost)";
    }
}
