import { verifyJambonzSignature, JambonzSignatureError } from "./signature.js";
import {
  parseJambonzWebhook,
  JambonzWebhookError,
  type JambonzHookAnswer,
  type JambonzHookName,
  type JambonzHookPayload,
} from "./webhooks.js";

/** One hook an app serves: its jambonz name, and what to answer. */
export type JambonzRoute = {
  [H in JambonzHookName]: {
    hook: H;
    handle: (payload: JambonzHookPayload<H>, request: Request) => JambonzHookAnswer<H> | Promise<JambonzHookAnswer<H>>;
  };
}[JambonzHookName];

export interface JambonzHandlerOptions {
  /** The account's webhook secret: when given, every request must carry a valid `Jambonz-Signature`. */
  secret?: string;
  /** Passed to `verifyJambonzSignature`. Default 300. */
  toleranceSeconds?: number;
  /** The hooks, by URL path (`/call`, `/status`, `/gather-done`, ...). */
  routes: Record<string, JambonzRoute>;
  /** Called with what a route threw (the answer is then a bare 500). */
  onError?: (error: unknown, request: Request) => void;
}

const text = (status: number, body: string) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * A framework-free hook server on web-standard `Request`/`Response` (Workers, Deno, Bun, Hono, and Node's
 * http through `toNodeListener`). Per request: finds the route by path, checks the signature when a secret
 * is set (401 otherwise), parses the payload for that hook (400 when it is not one), runs the route and
 * answers its verbs as JSON (200), or 204 when it returns nothing.
 */
export function createJambonzHandler(options: JambonzHandlerOptions): (request: Request) => Promise<Response> {
  const routes = new Map(Object.entries(options.routes));
  return async (request) => {
    const route = routes.get(new URL(request.url).pathname);
    if (!route) return text(404, "no such hook");
    // A GET hook carries no call data at all (jambonz sends neither body nor query), so it cannot be served.
    if (request.method !== "POST") return text(405, "jambonz hooks are served over POST");
    const raw = await request.text();
    if (options.secret !== undefined) {
      try {
        await verifyJambonzSignature(raw, request.headers.get("jambonz-signature"), options.secret, {
          toleranceSeconds: options.toleranceSeconds,
        });
      } catch (error) {
        if (error instanceof JambonzSignatureError) return text(401, error.message);
        throw error;
      }
    }
    let payload: unknown;
    try {
      payload = parseJambonzWebhook(route.hook, raw);
    } catch (error) {
      if (error instanceof JambonzWebhookError) return text(400, error.message);
      throw error;
    }
    let answer: unknown;
    try {
      answer = await (route.handle as (payload: unknown, request: Request) => unknown)(payload, request);
    } catch (error) {
      options.onError?.(error, request);
      return text(500, "the hook failed");
    }
    if (answer === undefined || answer === null) return new Response(null, { status: 204 });
    return new Response(JSON.stringify(answer), { status: 200, headers: { "content-type": "application/json" } });
  };
}

/** The few members of Node's `IncomingMessage` the adapter reads (no `node:` import). */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}
/** The few members of Node's `ServerResponse` the adapter writes. */
export interface NodeResponseLike {
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body?: Uint8Array | string): unknown;
}

/** Adapts a `Request` → `Response` handler to Node's `http.createServer((req, res) => ...)`. */
export function toNodeListener(
  handler: (request: Request) => Promise<Response>,
): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void> {
  return async (req, res) => {
    try {
      const chunks: Uint8Array[] = [];
      for await (const chunk of req) chunks.push(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
      }
      const method = req.method ?? "GET";
      const body = method === "GET" || method === "HEAD" ? undefined : new Blob(chunks as BlobPart[]);
      const response = await handler(
        new Request(new URL(req.url ?? "/", `http://${headers.get("host") ?? "localhost"}`), { method, headers, body }),
      );
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(new Uint8Array(await response.arrayBuffer()));
    } catch {
      res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("the hook failed");
    }
  };
}
