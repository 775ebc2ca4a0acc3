package io.aiva.sdk.client;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.aiva.sdk.ApiException;

/**
 * Every item of a paged list, page after page. AIVA's lists are cursor-paged: a page holds {@code data} and,
 * unless it is the last, a {@code nextCursor} to pass as {@code cursor} for the next page. Pages are fetched
 * lazily, one when the items before it have been consumed, so a stream cut short (with {@code limit},
 * {@code findFirst}, ...) stops fetching. A failed call surfaces as an {@link UncheckedApiException} whose cause
 * is the typed {@link AivaApiException}.
 *
 * <pre>{@code
 * Stream<Assignment> completed = Pagination.stream(
 *         cursor -> aiva.assignments().listAssignments(100, cursor, AssignmentStatus.COMPLETED, null, null, null),
 *         AssignmentPage::getData, AssignmentPage::getNextCursor);
 * }</pre>
 */
public final class Pagination {

    /**
     * Fetches one page: the first when the cursor is {@code null}.
     *
     * @param <P> the page type, such as {@code AssignmentPage}
     */
    @FunctionalInterface
    public interface PageFetcher<P> {

        /**
         * @param cursor the previous page's {@code nextCursor}, or {@code null} for the first page
         * @return the page
         * @throws ApiException if the call failed
         */
        P fetch(String cursor) throws ApiException;
    }

    private Pagination() {
    }

    /**
     * The items of all pages as a sequential, ordered stream.
     *
     * @param fetcher fetches the page after a cursor
     * @param items a page's items, such as {@code AssignmentPage::getData}
     * @param nextCursor a page's next cursor, such as {@code AssignmentPage::getNextCursor}
     * @param <P> the page type
     * @param <T> the item type
     * @return the items, fetched as the stream is consumed
     */
    public static <P, T> Stream<T> stream(PageFetcher<P> fetcher, Function<P, List<T>> items, Function<P, String> nextCursor) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(fetcher, items, nextCursor),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * The items of all pages, for a {@code for} loop; each iteration starts again from the first page.
     *
     * @param fetcher fetches the page after a cursor
     * @param items a page's items
     * @param nextCursor a page's next cursor
     * @param <P> the page type
     * @param <T> the item type
     * @return the items, fetched as they are iterated
     */
    public static <P, T> Iterable<T> iterable(PageFetcher<P> fetcher, Function<P, List<T>> items, Function<P, String> nextCursor) {
        return () -> iterator(fetcher, items, nextCursor);
    }

    /**
     * An iterator over the items of all pages.
     *
     * @param fetcher fetches the page after a cursor
     * @param items a page's items
     * @param nextCursor a page's next cursor
     * @param <P> the page type
     * @param <T> the item type
     * @return the iterator, fetching a page when the previous one is used up
     */
    public static <P, T> Iterator<T> iterator(PageFetcher<P> fetcher, Function<P, List<T>> items, Function<P, String> nextCursor) {
        return new PageIterator<>(Objects.requireNonNull(fetcher, "fetcher"), Objects.requireNonNull(items, "items"),
                Objects.requireNonNull(nextCursor, "nextCursor"));
    }

    private static final class PageIterator<P, T> implements Iterator<T> {

        private final PageFetcher<P> fetcher;
        private final Function<P, List<T>> items;
        private final Function<P, String> nextCursor;
        private Iterator<T> page = Collections.emptyIterator();
        private String cursor;
        private boolean lastFetched;

        PageIterator(PageFetcher<P> fetcher, Function<P, List<T>> items, Function<P, String> nextCursor) {
            this.fetcher = fetcher;
            this.items = items;
            this.nextCursor = nextCursor;
        }

        @Override
        public boolean hasNext() {
            while (!page.hasNext() && !lastFetched) {
                fetchNextPage();
            }
            return page.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.next();
        }

        private void fetchNextPage() {
            P fetched;
            try {
                fetched = fetcher.fetch(cursor);
            } catch (ApiException e) {
                throw new UncheckedApiException(e);
            }
            List<T> data = items.apply(fetched);
            page = data == null ? Collections.emptyIterator() : data.iterator();
            String next = nextCursor.apply(fetched);
            if (next == null || next.isEmpty()) {
                lastFetched = true;
            } else if (next.equals(cursor)) {
                // A server answering the same cursor again would otherwise be fetched forever.
                throw new IllegalStateException("the API answered the cursor it was given as the next one: " + next);
            } else {
                cursor = next;
            }
        }
    }
}
