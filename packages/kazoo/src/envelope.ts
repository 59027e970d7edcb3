import { CallspecError, paginate } from "@callspec/core";

type Result = { data?: unknown; response: Response };
// Distributes over unions: an operation that also answers CSV text contributes only its JSON envelope.
type DataOf<T> = T extends { data: infer D } ? D : never;
/** The `data` inside a Kazoo success envelope of an openapi-fetch result. */
export type EnvelopeData<R extends Result> = DataOf<NonNullable<R["data"]>>;

/** Raised by `unwrap` when a success answer carries no envelope `data`. */
export class KazooEnvelopeError extends CallspecError {
  override name = "KazooEnvelopeError";
}

/**
 * Returns the `data` of a call's success envelope: `const user = await unwrap(client.GET(...))`. Error
 * answers already throw `KazooError` (with `validation` on a 400, `charges` on a 402 `accept charges`) before this runs.
 */
export async function unwrap<R extends Result>(call: R | Promise<R>): Promise<EnvelopeData<R>> {
  const result = await call;
  const envelope = result.data as { data?: unknown } | undefined;
  if (!envelope || typeof envelope !== "object" || !("data" in envelope)) {
    throw new KazooEnvelopeError(`the ${result.response.status} answer has no envelope data`);
  }
  return envelope.data as EnvelopeData<R>;
}

type Page<Item> = { data?: { data?: readonly Item[]; next_start_key?: unknown } };

/**
 * The `start_key` to send for a `next_start_key`: Crossbar answers an opaque URL-safe Base64 string (api_util
 * `encode_start_key`), which goes back unchanged. No key, or an empty one, means there is no next page. Any other
 * value (the raw view keys of servers before 4.2) throws `KazooEnvelopeError`: the server reads a query `start_key`
 * as text, never as JSON, so no encoding of an array or a number would start the right page.
 */
export function nextStartKey(key: unknown): string | undefined {
  if (key === undefined || key === null || key === "" || (Array.isArray(key) && key.length === 0)) return undefined;
  if (typeof key === "string") return key;
  throw new KazooEnvelopeError("next_start_key is not a string");
}

/**
 * Iterates a listing over every page: `fetchPage` gets the `start_key` to send (undefined for the first
 * page), e.g. `(start_key) => client.GET("/accounts/{ACCOUNT_ID}/users", { params: { path, query: { start_key } } })`.
 * Works with every listing whose answer is the paged list envelope; it stops on the page without `next_start_key`.
 */
export function pageThrough<Item>(fetchPage: (startKey: string | undefined) => Promise<Page<Item>>): AsyncGenerator<Item, void, undefined> {
  return paginate<Item, string>(async (cursor) => {
    const page = await fetchPage(cursor);
    return { items: page.data?.data ?? [], next: nextStartKey(page.data?.next_start_key) };
  });
}
