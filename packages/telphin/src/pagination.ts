import { paginate } from "@callspec/core";
import type { components, operations } from "./generated/schema.js";
import type { TelphinClient } from "./client.js";

type CallHistory = components["schemas"]["CallHistory"];
type HistoryQuery = NonNullable<operations["listCallHistory"]["parameters"]["query"]>;

/**
 * Every call of `GET /client/{client_id}/call_history/`, page after page (async iterable): asks for the next
 * page only when the previous one is used up, and stops at the first page shorter than `per_page`.
 */
export function pageThrough(
  client: TelphinClient,
  options: { client_id?: string; query?: Omit<HistoryQuery, "page">; firstPage?: number } = {},
): AsyncGenerator<CallHistory, void, undefined> {
  const client_id = options.client_id ?? "@me";
  return paginate<CallHistory, number>(async (cursor) => {
    const page = cursor ?? options.firstPage ?? 1;
    const { data } = await client.GET("/client/{client_id}/call_history/", {
      params: { path: { client_id }, query: { ...options.query, page } },
    });
    const items = data?.call_history ?? [];
    const size = options.query?.per_page ?? data?.per_page ?? items.length;
    return { items, next: items.length > 0 && items.length >= size ? page + 1 : undefined };
  });
}

/** A recording's MP3 bytes (`GET /client/{client_id}/record/{record_uuid}`, `audio/mpeg`). */
export async function downloadRecord(client: TelphinClient, record_uuid: string, client_id = "@me"): Promise<Uint8Array> {
  const { data } = await client.GET("/client/{client_id}/record/{record_uuid}", {
    params: { path: { client_id, record_uuid } },
    parseAs: "arrayBuffer",
  });
  return new Uint8Array(data as unknown as ArrayBuffer);
}
