package io.aiva.core.greenhouse;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where Greenhouse's completion URL may point: https on one of Greenhouse's hosts. The callback
 * credential is sent there, so a URL given with a stolen key cannot take it elsewhere. A development
 * stack also admits plain http (its stand-in of Greenhouse runs on this machine).
 */
final class CallbackTargets {

    private final List<String> hosts;
    private final boolean developmentMode;

    CallbackTargets(List<String> hosts, boolean developmentMode) {
        this.hosts = hosts.stream().map(host -> host.strip().toLowerCase(Locale.ROOT)).filter(host -> !host.isEmpty()).toList();
        this.developmentMode = developmentMode;
    }

    /** Why AIVA will not call this URL, or empty. */
    Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("must be a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(developmentMode && scheme.equals("http"))) {
            return Optional.of("must be an https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || !hosts.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            return Optional.of("must be a URL of Greenhouse (" + String.join(", ", hosts) + ")");
        }
        return Optional.empty();
    }
}
