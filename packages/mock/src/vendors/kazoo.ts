// Kazoo (Crossbar): the 400 envelope keyed by field and keyword, PUT creates with a 32-hex id, POST replaces,
// PATCH merges, DELETE answers the deleted document, listings page with `start_key`, tokens from the auth routes.
import { fieldOf, header, randomHex, type Answer, type VendorProfile, type Violation } from "./types.js";

const envelope = (status: number, message: string, data: unknown): Answer => ({
  status,
  body: { data, error: String(status), message, request_id: randomHex(16), status: "error" },
});

/** `body.data.caller_id.internal` → `caller_id.internal`: Kazoo names a field by its dotted path inside `data`. */
function kazooField(violation: Violation): string {
  const field = fieldOf(violation).split(".");
  if (field[0] === "body") field.shift();
  if (field[0] === "data" && field.length > 1) field.shift();
  return field.join(".") || "data";
}

/** The number or list in Ajv's message (`must NOT have fewer than 1 characters`, `must be string`). */
const numberIn = (message: string) => /(-?\d+(?:\.\d+)?)/.exec(message)?.[1];

/** Kazoo's own wording per keyword (kz_json_schema.erl), with the limit where the keyword has one. */
function kazooError(v: Violation): { message: string; target?: unknown } {
  const n = numberIn(v.message);
  const num = n === undefined ? undefined : Number(n);
  switch (v.code) {
    case "required":
      return { message: "Field is required but missing" };
    case "type":
      return { message: `Value did not match type(s): ${v.message.replace(/^.*must be /, "")}` };
    case "minLength":
      return { message: `String must be at least ${n} characters`, target: num };
    case "maxLength":
      return { message: `String must not be more than ${n} characters`, target: num };
    case "enum":
      return { message: "Value not found in enumerated list of values" };
    case "minimum":
      return { message: `Value must be at least ${n}`, target: num };
    case "maximum":
      return { message: `Value must be at most ${n}`, target: num };
    case "minItems":
      return { message: `The list must have at least ${n} items`, target: num };
    case "maxItems":
      return { message: `The list is more than ${n} items`, target: num };
    case "uniqueItems":
      return { message: "List of items is not unique" };
    case "additionalProperties":
      return { message: "Strict checking of data is enabled; only include schema-defined properties" };
    case "pattern":
      return { message: `Failed to match pattern '${/"(.*)"$/.exec(v.message)?.[1] ?? ""}'` };
    case "format":
      return { message: "Field is not in the correct format" };
    default:
      return { message: v.message };
  }
}

export const kazoo: VendorProfile = {
  invalid(status, violations) {
    if (violations.length === 1 && violations[0]!.code === "json")
      return envelope(status, "failed to parse request body", { message: violations[0]!.message });
    const data: Record<string, Record<string, { message: string; target?: unknown }>> = {};
    for (const v of violations) {
      const field = kazooField(v);
      const { message, target } = kazooError(v);
      data[field] = { ...data[field], [v.code || "invalid"]: target === undefined ? { message } : { message, target } };
    }
    return envelope(status, "validation failed", data);
  },
  notFound: () => envelope(404, "bad_identifier", { message: "bad identifier" }),
  resources: {
    createMethod: "PUT",
    newId: () => randomHex(16),
    idField: () => "id",
    itemOf: (body) => {
      const data = (body as { data?: unknown } | undefined)?.data;
      return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
    },
    update: (method) => (method === "PATCH" ? "merge" : method === "POST" || method === "PUT" ? "replace" : undefined),
    created: "item",
    deleted: "item",
    page(items, query, idField) {
      const size = typeof query.page_size === "string" ? Number(query.page_size) : undefined;
      const startKey = typeof query.start_key === "string" ? query.start_key : undefined;
      const start = startKey === undefined ? 0 : items.findIndex((i) => i[idField] === startKey);
      if (start < 0) return envelope(400, "invalid start_key", { start_key: { invalid: { message: `No item starts at ${startKey}` } } });
      const page = size && size > 0 ? items.slice(start, start + size) : items.slice(start);
      const next = items[start + page.length];
      const env: Record<string, unknown> = { page_size: page.length, start_key: String(page[0]?.[idField] ?? startKey ?? "") };
      if (next) env.next_start_key = String(next[idField]);
      return { items: page, envelope: env };
    },
  },
  tokens: {
    issue(method, path, body) {
      if (method !== "PUT" || !/^\/(user_auth|api_auth)$/.test(path) || !body || typeof body !== "object") return undefined;
      const token = randomHex(32);
      return { token, body: { ...(body as object), auth_token: token } };
    },
    carried: (request) => header(request, "x-auth-token") ?? header(request, "authorization")?.replace(/^Bearer\s+/i, ""),
    refused: () => envelope(401, "invalid_credentials", { message: "invalid credentials" }),
  },
};
