/** What a vendor profile needs to know about a request and to say in an answer. */

/** One reason a request or answer broke the spec, as Prism's validator reports it. */
export interface Violation {
  /** Where: `["body", "data", "name"]`, `["query", "page_size"]`, `["path"]`. */
  location: string[];
  /** The JSON Schema keyword that failed (`required`, `type`, ...), or what else was wrong. */
  code: string;
  message: string;
}

export interface MockRequest {
  method: string;
  /** Path below the vendor's base path, as sent (not decoded). */
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export interface Answer {
  status: number;
  headers?: Record<string, string | string[]>;
  /** A JSON value, or a string sent as is; undefined sends no body. */
  body?: unknown;
}

/** How a vendor stores its resources in stateful mode; the engine derives the collections from the spec. */
export interface ResourceStyle {
  /** The method that creates an item in a collection (`PUT` for Kazoo, `POST` for the others). */
  createMethod: "PUT" | "POST";
  /** A fresh id for a created item (a number where the vendor's ids are numbers). */
  newId(): string | number;
  /** The field of a stored item that holds its id (`id`; jambonz: `<resource>_sid`), from the item path's parameter. */
  idField(itemParam: string): string;
  /** The item a write carries (Kazoo wraps it in `{data}`). */
  itemOf(body: unknown): Record<string, unknown> | undefined;
  /** Whether an update merges into the stored item or replaces it. */
  update(method: string): "merge" | "replace" | undefined;
  /** The answer to a create: the stored item (in the example's envelope) or only its id. */
  created: "item" | "id";
  /** What DELETE answers: the deleted item (Kazoo) or the example's status without a body. */
  deleted: "item" | "empty";
  /** Paging of a listing: the page of items and what the envelope says about the next page. */
  page?(
    items: Record<string, unknown>[],
    query: MockRequest["query"],
    idField: string,
  ): { items: Record<string, unknown>[]; envelope: Record<string, unknown> } | Answer;
}

/** Tokens the vendor's login routes issue, which its other routes then accept (stateful mode). */
export interface TokenRules {
  /** For a login route's answer: a fresh token and the answer carrying it; undefined for any other route. */
  issue(method: string, path: string, body: unknown): { token: string; body: unknown } | undefined;
  /** The token a request carries, or undefined when it carries none. */
  carried(request: MockRequest): string | undefined;
  /** The answer to a token the mock never issued. */
  refused(): Answer;
}

export interface VendorProfile {
  /** The body of a refused request (Prism chose `status`) in the vendor's own error shape, naming each violation. */
  invalid(status: number, violations: Violation[]): Answer;
  /** An unknown id in stateful mode. */
  notFound(): Answer;
  /** Runs before validation: may answer on its own (a write without a session) and adds headers to every answer. */
  gate?(request: MockRequest, session: SessionStore): { answer?: Answer; headers: Record<string, string | string[]> };
  resources?: ResourceStyle;
  tokens?: TokenRules;
}

/** Server-side HTTP sessions the mock keeps (GWS's `JSESSIONID` and its CSRF token). */
export class SessionStore {
  private readonly tokens = new Map<string, string>();
  open(id: string, token: string): void {
    this.tokens.set(id, token);
  }
  tokenOf(id: string | undefined): string | undefined {
    return id === undefined ? undefined : this.tokens.get(id);
  }
  clear(): void {
    this.tokens.clear();
  }
}

/** `body.data.name` style: the location a violation names, without the part Prism adds. */
export function fieldOf(violation: Violation): string {
  const missing = /required property '([^']+)'/.exec(violation.message)?.[1];
  const parts = [...violation.location, ...(missing ? [missing] : [])];
  return parts.join(".") || "request";
}

/** One line per violation: where, which keyword, and Prism's message. */
export function describe(violations: Violation[]): string {
  return violations.map((v) => `${fieldOf(v)}: ${v.message} (${v.code})`).join("; ");
}

/** Header value of a request, the first when repeated. */
export function header(request: MockRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

export function randomHex(bytes: number): string {
  return [...globalThis.crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** One operation as Prism's loader gives it: what the router, the mocker and the state store read. */
export interface PrismOperation {
  method: string;
  path: string;
  responses: { code: string; contents?: { mediaType: string; examples?: { key: string; value?: unknown }[] }[] }[];
  [key: string]: unknown;
}
