// Stateful mode: collections derived from the spec (a path the vendor creates on, with an item path below it),
// kept in memory per concrete collection path and seeded from the item example; the vendor's ResourceStyle says
// how ids, envelopes, updates and deletes look. Answers keep the example's envelope and status.
import type { Answer, MockRequest, PrismOperation, VendorProfile } from "./vendors/types.js";

type Item = Record<string, unknown>;
type Role = "create" | "list" | "read" | "update" | "delete";
interface Collection {
  collection: string;
  item: string;
  param: string;
  idField: string;
  seed?: Item;
  listItemKeys?: string[];
}

export interface StateStore {
  /** The answer from the store, or undefined to let the example stand. */
  answer(
    resource: PrismOperation,
    request: MockRequest,
    example: { statusCode: number; headers?: Record<string, string>; body?: unknown },
  ): { statusCode: number; headers?: Record<string, string>; body?: unknown } | undefined;
  /** A refusal when the request carries a token this mock did not issue. */
  checkToken(request: MockRequest): Answer | undefined;
  reset(): void;
  /** The stateful operations, `METHOD /path` with their role. */
  operations(): { method: string; path: string; role: Role }[];
}

function exampleOf(op: PrismOperation | undefined): unknown {
  const ok = op?.responses.find((r) => /^2/.test(r.code));
  return ok?.contents?.find((c) => /json/.test(c.mediaType))?.examples?.[0]?.value;
}

const isObject = (v: unknown): v is Item => !!v && typeof v === "object" && !Array.isArray(v);
const clone = <T>(v: T): T => structuredClone(v);

/** The item in an example answer: the envelope's `data` (Kazoo), or the body itself. */
function itemIn(body: unknown): Item | undefined {
  if (isObject(body) && isObject(body.data)) return body.data;
  if (Array.isArray(body) && isObject(body[0])) return body[0];
  return isObject(body) ? body : undefined;
}
function listIn(body: unknown): Item[] | undefined {
  if (Array.isArray(body)) return body.filter(isObject);
  if (isObject(body)) {
    if (Array.isArray(body.data)) return body.data.filter(isObject);
    const key = Object.keys(body).find((k) => Array.isArray(body[k]));
    if (key) return (body[key] as unknown[]).filter(isObject);
  }
  return undefined;
}
function withItem(example: unknown, item: Item): unknown {
  if (isObject(example) && "data" in example) return { ...example, data: item };
  if (Array.isArray(example)) return [item];
  return item;
}
function withList(example: unknown, items: Item[], envelope: Item): unknown {
  if (Array.isArray(example)) return items;
  if (isObject(example)) {
    const key = "data" in example ? "data" : Object.keys(example).find((k) => Array.isArray(example[k]));
    const out: Item = { ...example, ...envelope, [key ?? "data"]: items };
    if (!("next_start_key" in envelope)) delete out.next_start_key;
    return out;
  }
  return items;
}

export function createStateStore(operations: PrismOperation[], profile: VendorProfile): StateStore {
  const style = profile.resources;
  const find = (method: string, path: string) => operations.find((o) => o.method.toUpperCase() === method && o.path === path);
  const roles = new Map<string, { role: Role; col: Collection }>();
  if (style) {
    for (const create of operations.filter((o) => o.method.toUpperCase() === style.createMethod)) {
      const base = create.path.replace(/\/$/, "");
      for (const get of operations.filter((o) => o.method === "get")) {
        const m = new RegExp(`^${base.replace(/[.*+?^$()|[\]\\{}]/g, "\\$&")}/\\{([^}]+)\\}/?$`).exec(get.path);
        if (!m) continue;
        const seed = itemIn(exampleOf(get));
        const col: Collection = { collection: create.path, item: get.path, param: m[1]!, idField: style.idField(m[1]!), seed };
        const list = find("GET", create.path);
        const listed = listIn(exampleOf(list));
        if (listed?.[0]) col.listItemKeys = Object.keys(listed[0]);
        roles.set(`${style.createMethod} ${create.path}`, { role: "create", col });
        if (list) roles.set(`GET ${create.path}`, { role: "list", col });
        roles.set(`GET ${get.path}`, { role: "read", col });
        for (const method of ["PUT", "POST", "PATCH"])
          if (find(method, get.path) && style.update(method)) roles.set(`${method} ${get.path}`, { role: "update", col });
        if (find("DELETE", get.path)) roles.set(`DELETE ${get.path}`, { role: "delete", col });
      }
    }
  }
  const stores = new Map<string, Map<string, Item>>();
  const tokens = new Set<string>();

  const storeOf = (key: string, col: Collection): Map<string, Item> => {
    let store = stores.get(key);
    if (!store) {
      store = new Map();
      const id = col.seed?.[col.idField];
      if (col.seed && (typeof id === "string" || typeof id === "number")) store.set(String(id), clone(col.seed));
      stores.set(key, store);
    }
    return store;
  };
  const segments = (path: string) => path.replace(/\/$/, "").split("/");

  return {
    operations: () => [...roles].map(([key, { role }]) => ({ method: key.split(" ")[0]!, path: key.split(" ")[1]!, role })),
    reset() {
      stores.clear();
      tokens.clear();
    },
    checkToken(request) {
      if (!profile.tokens) return undefined;
      const token = profile.tokens.carried(request);
      return token !== undefined && !tokens.has(token) ? profile.tokens.refused() : undefined;
    },
    answer(resource, request, example) {
      const issued = profile.tokens?.issue(request.method, resource.path, example.body);
      if (issued) {
        tokens.add(issued.token);
        return { ...example, body: issued.body };
      }
      const entry = roles.get(`${request.method} ${resource.path}`);
      if (!entry || !style) return undefined;
      const { role, col } = entry;
      const parts = segments(request.path);
      const itemPath = role !== "create" && role !== "list";
      const key = (itemPath ? parts.slice(0, -1) : parts).join("/");
      const store = storeOf(key, col);
      const notFound = (): typeof example => {
        const nf = profile.notFound();
        const type: Record<string, string> =
          nf.body === undefined ? {} : { "content-type": typeof nf.body === "string" ? "text/plain" : "application/json" };
        return { statusCode: nf.status, headers: { ...type, ...(nf.headers as Record<string, string>) }, body: nf.body };
      };
      if (role === "create") {
        const given = style.itemOf(request.body);
        if (!given) return undefined;
        const id = style.newId();
        const item = { ...clone(col.seed ?? {}), ...given, [col.idField]: id };
        store.set(String(id), item);
        const body =
          style.created === "item" ? withItem(example.body, item) : isObject(example.body) ? { ...example.body, sid: id } : { sid: id };
        return { ...example, body };
      }
      if (role === "list") {
        const all = [...store.values()].map((item) =>
          col.listItemKeys
            ? Object.fromEntries(Object.entries(item).filter(([k]) => col.listItemKeys!.includes(k) || k === col.idField))
            : item,
        );
        const page = style.page ? style.page(all, request.query, col.idField) : { items: all, envelope: {} };
        if ("status" in page) return { statusCode: page.status, headers: { "content-type": "application/json" }, body: page.body };
        return { ...example, body: withList(example.body, page.items, page.envelope) };
      }
      const id = decodeURIComponent(parts.at(-1)!);
      const current = store.get(id);
      if (!current) return notFound();
      if (role === "read") return { ...example, body: withItem(example.body, current) };
      if (role === "delete") {
        store.delete(id);
        return style.deleted === "item" ? { ...example, body: withItem(example.body, current) } : { ...example, body: undefined };
      }
      const given = style.itemOf(request.body);
      if (!given) return undefined;
      const kept = current[col.idField];
      const next =
        style.update(request.method) === "merge" ? { ...current, ...given, [col.idField]: kept } : { ...given, [col.idField]: kept };
      store.set(id, next);
      return example.body === undefined || example.body === null ? example : { ...example, body: withItem(example.body, next) };
    },
  };
}
