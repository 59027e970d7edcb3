import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface SeenRequest {
  method: string;
  path: string;
  origin: string | undefined;
  cookie: string | undefined;
  csrf: string | undefined;
  status: number;
}

/**
 * A GWS node with `enableCsrfProtection` as a browser meets it from another origin: CORS for exactly one page
 * origin with credentials, a `JSESSIONID` cookie it hands out on the first authenticated GET together with the
 * session's CSRF token (`X-CSRF-HEADER` / `X-CSRF-TOKEN`, exposed to scripts), and writes that need both:
 * without them, 403 `{"statusCode":3,"statusMessage":"Missing or invalid Csrf token"}`.
 */
export async function sessionNode(options: { allowedOrigin: () => string; basic: string }) {
  const sessions = new Map<string, string>(); // JSESSIONID -> CSRF token
  const seen: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://node").pathname;
    const origin = req.headers.origin;
    const cookie = /(?:^|;\s*)JSESSIONID=([^;]+)/.exec(req.headers.cookie ?? "")?.[1];
    const csrf = header(req, "x-csrf-token");
    const cors: Record<string, string> = {};
    if (origin === options.allowedOrigin()) {
      Object.assign(cors, {
        "Access-Control-Allow-Origin": origin,
        "Access-Control-Allow-Credentials": "true",
        "Access-Control-Expose-Headers": "X-CSRF-HEADER, X-CSRF-TOKEN",
        Vary: "Origin",
      });
    }
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      seen.push({ method: req.method ?? "", path, origin, cookie, csrf, status });
      res.writeHead(status, { ...cors, ...headers, ...(body === undefined ? {} : { "Content-Type": "application/json" }) });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    req.resume();
    req.on("end", () => {
      if (req.method === "OPTIONS") {
        return answer(204, undefined, {
          "Access-Control-Allow-Methods": "GET, POST, PUT, DELETE, OPTIONS",
          "Access-Control-Allow-Headers": "Authorization, Content-Type, Accept, X-CSRF-TOKEN",
          "Access-Control-Max-Age": "0",
        });
      }
      if (req.headers.authorization !== options.basic) return answer(401, { statusCode: 20, statusMessage: "Access denied" });
      if (req.method === "GET") {
        const headers: Record<string, string> = { "X-CSRF-HEADER": "X-CSRF-TOKEN" };
        let id = cookie && sessions.has(cookie) ? cookie : undefined;
        if (!id) {
          id = randomUUID().replace(/-/g, "").toUpperCase();
          sessions.set(id, randomUUID());
          headers["Set-Cookie"] = `JSESSIONID=${id}; Path=/api; HttpOnly; SameSite=Lax`;
        }
        headers["X-CSRF-TOKEN"] = sessions.get(id)!;
        return answer(200, { statusCode: 0, user: { id: "63630bbebf4840d7a0bffd6312bc29ff", userName: "ksippo" } }, headers);
      }
      if (!cookie || !sessions.has(cookie) || sessions.get(cookie) !== csrf) {
        return answer(403, { statusCode: 3, statusMessage: "Missing or invalid Csrf token" });
      }
      return answer(200, { statusCode: 0 });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    sessions,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
