package io.aiva.web.problem;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ETags are an item's version in quotes; If-Match must name one (or be absent). */
public final class EntityTags {

    private static final Pattern TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header expects; empty when the header is absent or {@code *}.
     *
     * @throws ProblemException (400) when the header is not an ETag this API gave
     */
    public static OptionalLong expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return OptionalLong.empty();
        }
        Matcher tag = TAG.matcher(ifMatch.strip());
        if (!tag.matches()) {
            throw new ProblemException(ProblemKind.BAD_REQUEST, "If-Match must be an ETag this API returned, such as \"3\".");
        }
        return OptionalLong.of(Long.parseLong(tag.group(1)));
    }
}
