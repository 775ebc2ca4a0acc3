/** A page of a list operation: its items, and the cursor of the next page unless this is the last. */
export interface Page<T> {
  data: Array<T>;
  nextCursor?: string;
}

/**
 * Every page of a list, fetched one at a time as you iterate. `fetchPage` gets the cursor to pass
 * to the list operation: undefined for the first page, then each page's `nextCursor`.
 *
 * ```ts
 * for await (const page of pages((cursor) => aiva.candidates.listCandidates({ limit: 100, cursor }))) { ... }
 * ```
 */
export async function* pages<P extends Page<unknown>>(
  fetchPage: (cursor: string | undefined) => Promise<P>,
): AsyncGenerator<P, void, undefined> {
  let cursor: string | undefined;
  const seen = new Set<string>();
  do {
    const page = await fetchPage(cursor);
    yield page;
    cursor = page.nextCursor || undefined;
    if (cursor !== undefined) {
      if (seen.has(cursor)) {
        throw new Error(`The list answered the cursor "${cursor}" twice; stopping rather than looping`);
      }
      seen.add(cursor);
    }
  } while (cursor !== undefined);
}

/**
 * Every item of a list, across pages, fetched as you iterate; stop early with `break`.
 *
 * ```ts
 * for await (const assignment of paginate((cursor) =>
 *   aiva.assignments.listAssignments({ status: 'completed', cursor }))) { ... }
 * ```
 */
export async function* paginate<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
): AsyncGenerator<T, void, undefined> {
  for await (const page of pages<Page<T>>(fetchPage)) {
    yield* page.data;
  }
}
