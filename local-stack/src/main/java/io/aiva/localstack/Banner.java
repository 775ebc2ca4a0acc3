package io.aiva.localstack;

import java.net.URI;

/** What the run command prints once everything is up: where to go and how to get in. */
final class Banner {

    private Banner() {
    }

    static String of(LocalStack stack, String demoLaunchUrl) {
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
                "  Keycloak            " + stack.keycloak().baseUri().resolve("/admin/aiva/console/")
                        + "   (realm aiva; master realm admin in .aiva/keycloak-bootstrap-admin.secret as aiva-bootstrap)",
                "  PostgreSQL          " + stack.jdbcUrl() + "  (owner " + stack.ownerUser() + ", app "
                        + stack.applicationUser() + ")",
                "",
                "  Demo logins (password " + DemoUsers.PASSWORD + " for all; local stack only):",
                demoLogin(DemoUsers.SUPER_ADMIN, "super-admin (the platform operator)"),
                demoLogin(DemoCompany.ADMIN, "company-admin of " + DemoCompany.NAME),
                demoLogin(DemoCompany.RECRUITER, "recruiter of " + DemoCompany.NAME),
                demoLogin(DemoCompany.CANDIDATE, "candidate of " + DemoCompany.NAME),
                "",
                "  A demo interview to take (opens once; the README shows how with curl):",
                "    " + demoLaunchUrl,
                "",
                "  Press Ctrl-C to stop.",
                "");
    }

    private static String demoLogin(String username, String role) {
        return String.format("    %-22s %s", username, role);
    }
}
