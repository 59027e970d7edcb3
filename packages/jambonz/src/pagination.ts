import { CallspecError, paginate } from "@callspec/core";
import type { JambonzClient } from "./base-client.js";
import type { paths } from "./generated/schema.js";

/** Lists that page with `page` and `page_size` (the whole list when `page` is left out). */
type ListPaths =
  | "/Applications"
  | "/PhoneNumbers"
  | "/VoipCarriers"
  | "/Accounts/{AccountSid}/Applications"
  | "/ServiceProviders/{ServiceProviderSid}/VoipCarriers";
/** Histories that always page, with `page` and `count`. */
type HistoryPaths =
  | "/Accounts/{AccountSid}/RecentCalls"
  | "/Accounts/{AccountSid}/Alerts"
  | "/ServiceProviders/{ServiceProviderSid}/RecentCalls"
  | "/ServiceProviders/{ServiceProviderSid}/Alerts";
export type JambonzPagedPath = ListPaths | HistoryPaths;

type Get<P extends JambonzPagedPath> = paths[P]["get"];
type Body<P extends JambonzPagedPath> = Get<P>["responses"][200]["content"]["application/json"];
/** An item of a paged list: what its pages carry in `data`. */
export type JambonzPageItem<P extends JambonzPagedPath> = Extract<Body<P>, { data: unknown[] }>["data"][number];
type Query<P extends JambonzPagedPath> = Omit<NonNullable<Get<P>["parameters"]["query"]>, "page" | "page_size" | "count">;
type PathParams<P extends JambonzPagedPath> = Get<P>["parameters"]["path"];

export type JambonzPageOptions<P extends JambonzPagedPath> = {
  /** Items per request: `page_size` or `count`, as the list calls it. Default 100 (the histories take at most 500). */
  pageSize?: number;
  query?: Query<P>;
} & ([PathParams<P>] extends [never | undefined] ? { path?: undefined } : { path: PathParams<P> });

const historyPaths = new Set<string>([
  "/Accounts/{AccountSid}/RecentCalls",
  "/Accounts/{AccountSid}/Alerts",
  "/ServiceProviders/{ServiceProviderSid}/RecentCalls",
  "/ServiceProviders/{ServiceProviderSid}/Alerts",
]);

type Page = { total?: unknown; data?: unknown };
type LooseGet = (path: string, init: { params: { path?: unknown; query: Record<string, unknown> } }) => Promise<{ data?: unknown }>;

/**
 * Every item of a paged jambonz list, page after page (`page` from 1, with `page_size` or `count`), until
 * `total` items came or a page is empty. The server answers `page` and `page_size` as strings on the
 * histories; both are read as numbers.
 */
export function pageThrough<P extends JambonzPagedPath>(
  client: JambonzClient,
  path: P,
  options: JambonzPageOptions<P>,
): AsyncGenerator<JambonzPageItem<P>, void, undefined> {
  const pageSize = options.pageSize ?? 100;
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new CallspecError(`pageSize must be a positive integer, not ${String(pageSize)}.`);
  const sizeParameter = historyPaths.has(path) ? "count" : "page_size";
  let seen = 0;
  return paginate<JambonzPageItem<P>, number>(async (cursor) => {
    const page = cursor ?? 1;
    const { data } = await (client.GET as unknown as LooseGet)(path, {
      params: { path: options.path, query: { ...(options.query as Record<string, unknown> | undefined), page, [sizeParameter]: pageSize } },
    });
    const body = (data ?? {}) as Page;
    if (!Array.isArray(body.data)) throw new CallspecError(`${path} answered a page without a data list.`);
    const items = body.data as JambonzPageItem<P>[];
    seen += items.length;
    const total = Number(body.total);
    const more = items.length > 0 && (Number.isFinite(total) ? seen < total : items.length === pageSize);
    return { items, next: more ? page + 1 : undefined };
  });
}
