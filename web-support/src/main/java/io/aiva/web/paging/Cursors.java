package io.aiva.web.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Page cursors: opaque to callers (base64url of the last item's sort key), so the key can change
 * without breaking anyone who only passes them back.
 */
public final class Cursors {

    private Cursors() {
    }

    public static String after(String sortKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sortKey.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The sort key a cursor stands for, or null for the first page.
     *
     * @throws IllegalArgumentException when the text is not a cursor this API made
     */
    public static String sortKey(String cursor) {
        if (cursor == null) {
            return null;
        }
        return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    }
}
