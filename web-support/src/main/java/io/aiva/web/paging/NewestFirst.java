package io.aiva.web.paging;

import java.util.List;
import java.util.function.Function;

import io.aiva.core.InvalidInputException;
import io.aiva.core.paging.Position;

/**
 * A page of a list sorted newest first. The domain is asked for one item more than the page holds:
 * if it comes, there is a next page, which starts after the page's last item.
 *
 * @param items      the page's items
 * @param nextCursor the cursor of the next page, or null on the last one
 */
public record NewestFirst<T>(List<T> items, String nextCursor) {

    /**
     * The position a cursor stands for, or null for the first page.
     *
     * @throws InvalidInputException (a 400 naming {@code cursor}) when it is not a cursor this API made
     */
    public static Position after(String cursor) {
        try {
            String sortKey = Cursors.sortKey(cursor);
            return sortKey == null ? null : Position.parse(sortKey);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new InvalidInputException.Issue("cursor", "is not a cursor this API returned")));
        }
    }

    /** @param read up to {@code limit + 1} items, as the domain gave them */
    public static <T> NewestFirst<T> of(List<T> read, int limit, Function<T, Position> position) {
        if (read.size() <= limit) {
            return new NewestFirst<>(read, null);
        }
        return new NewestFirst<>(read.subList(0, limit), Cursors.after(position.apply(read.get(limit - 1)).encode()));
    }
}
