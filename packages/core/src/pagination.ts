/** Fetches one page given the cursor of the previous one (undefined for the first). */
export type PageFetcher<Item, Cursor> = (cursor: Cursor | undefined) => Promise<{ items: readonly Item[]; next: Cursor | undefined }>;

/**
 * Iterates every item over all pages, asking for the next page only when the previous one is used up.
 * Stops when a page gives no cursor, or gives back a cursor it was already given (a server loop).
 */
export async function* paginate<Item, Cursor>(fetchPage: PageFetcher<Item, Cursor>): AsyncGenerator<Item, void, undefined> {
  let cursor: Cursor | undefined;
  const seen = new Set<Cursor>();
  for (;;) {
    const page = await fetchPage(cursor);
    yield* page.items;
    if (page.next === undefined || page.next === null || seen.has(page.next)) return;
    seen.add(page.next);
    cursor = page.next;
  }
}
