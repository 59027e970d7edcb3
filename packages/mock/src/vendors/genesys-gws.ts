// GWS with CSRF protection on: a JSESSIONID cookie and an X-CSRF-TOKEN per session, handed out on every answer;
// PUT, POST and DELETE without both are refused (403, statusCode 3). CORS answers the caller's exact origin,
// with credentials, and exposes the CSRF headers by name (a `*` means nothing to a credentialed browser request).
import { describe, header, randomHex, type Answer, type VendorProfile } from "./types.js";

const WRITES = new Set(["PUT", "POST", "DELETE", "PATCH"]);
const EXPOSED = "X-CSRF-HEADER, X-CSRF-TOKEN";

function sessionIdOf(cookie: string | undefined): string | undefined {
  for (const part of (cookie ?? "").split(";")) {
    const [name, value] = part.trim().split("=");
    if (name === "JSESSIONID" && value) return value;
  }
  return undefined;
}

export const genesysGws: VendorProfile = {
  invalid: (status, violations) => ({
    status,
    body: { statusCode: violations.some((v) => v.code === "required") ? 1 : 2, statusMessage: describe(violations) },
  }),
  notFound: () => ({ status: 404, body: { statusCode: 6, statusMessage: "Not found" } }),
  gate(request, sessions) {
    const headers: Record<string, string | string[]> = {};
    const origin = header(request, "origin");
    if (origin) {
      headers["access-control-allow-origin"] = origin;
      headers["access-control-allow-credentials"] = "true";
      headers["access-control-expose-headers"] = EXPOSED;
      headers.vary = "Origin";
    }
    if (request.method === "OPTIONS" && origin && header(request, "access-control-request-method")) {
      headers["access-control-allow-methods"] = "GET, PUT, POST, DELETE, OPTIONS";
      headers["access-control-allow-headers"] =
        header(request, "access-control-request-headers") ?? "Authorization, Content-Type, X-CSRF-TOKEN";
      headers["access-control-max-age"] = "600";
      return { answer: { status: 204 }, headers };
    }
    let id = sessionIdOf(header(request, "cookie"));
    let token = sessions.tokenOf(id);
    if (WRITES.has(request.method)) {
      if (!token || header(request, "x-csrf-token") !== token) {
        const refused: Answer = { status: 403, body: { statusCode: 3, statusMessage: "Missing or invalid Csrf token" } };
        return { answer: refused, headers };
      }
      return { headers };
    }
    if (!token) {
      id = randomHex(16).toUpperCase();
      token = globalThis.crypto.randomUUID();
      sessions.open(id, token);
      headers["set-cookie"] = `JSESSIONID=${id}; Path=/api; HttpOnly`;
    }
    headers["x-csrf-header"] = "X-CSRF-TOKEN";
    headers["x-csrf-token"] = token;
    return { headers };
  },
};
