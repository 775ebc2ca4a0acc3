package io.aiva.localstack;

import java.net.URI;

/** What the run command prints once everything is up: where to go and how to get in. */
final class Banner {

    private Banner() {
    }

    static String of(LocalStack stack) {
        URI base = stack.baseUri();
        return String.join(System.lineSeparator(),
                "",
                "  AIVA is running (Liberty ready in " + String.format("%.1f", stack.libertyStartToReady().toMillis() / 1000.0)
                        + " s)",
                "",
                "  Public API          " + base.resolve("/api/v1/status"),
                "  API reference       " + base.resolve("/api/openapi") + "   (browse it at " + base.resolve("/api/openapi/ui") + ")",
                "  Recruiter console   " + base.resolve("/admin/"),
                "  Interview room      " + base.resolve("/interview/"),
                "  Health              " + base.resolve("/health/ready"),
                "  PostgreSQL          " + stack.jdbcUrl() + "  (owner " + stack.ownerUser() + ", app "
                        + stack.applicationUser() + ")",
                "",
                "  Press Ctrl-C to stop.",
                "");
    }
}
