package io.aiva.interview.launch;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.aiva.core.company.CompanyPreferences;

/**
 * The page a launch URL opens ({@code /interview/launch/{company}#token}), with the frame policy of
 * sdk-js/EMBED.md: framed only by the page whose origin the {@code hostOrigin} parameter names, and
 * only when the company in the path lists that origin; otherwise by nobody. Only that one origin is
 * named, so the answer tells nobody the company's other sites. The token, in the fragment, never
 * reaches this server; the page sends it to {@code POST /interview/api/launch}, which checks the
 * origin again against the assignment's own company.
 */
@WebServlet(urlPatterns = {"/launch", "/launch/*"})
public class LaunchPage extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    @Inject
    transient CompanyPreferences preferences;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Content-Security-Policy", "frame-ancestors " + ancestors(request));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("text/html;charset=UTF-8");
        try (InputStream page = getServletContext().getResourceAsStream("/WEB-INF/launch.html")) {
            page.transferTo(response.getOutputStream());
        }
    }

    /** Only an origin the company listed is ever written into the header, as it was validated then. */
    private String ancestors(HttpServletRequest request) {
        String slug = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        String hostOrigin = request.getParameter("hostOrigin");
        if (hostOrigin == null || !SLUG.matcher(slug).matches()) {
            return "'none'";
        }
        return preferences.embedOrigin(slug, hostOrigin).orElse("'none'");
    }
}
