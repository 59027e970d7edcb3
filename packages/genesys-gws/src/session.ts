import { basicAuth, type AuthStrategy } from "@callspec/core";

const WRITES = new Set(["PUT", "POST", "DELETE"]);
const CSRF_REFUSAL = /csrf/i;

/**
 * The HTTP session GWS keeps per client: the `JSESSIONID` cookie it sets, and, when the node runs with CSRF
 * protection, the token it hands out in `X-CSRF-TOKEN` on GET answers. Both are sent back; the token only
 * on PUT, POST and DELETE, in the header `X-CSRF-HEADER` names.
 */
export class GenesysSession {
  private cookies = new Map<string, string>();
  private csrfHeader = "X-CSRF-TOKEN";
  private csrfToken: string | undefined;

  /** The CSRF token of this session, once the server has handed one out. */
  get token(): string | undefined {
    return this.csrfToken;
  }

  /** Every session value, to be kept out of errors. */
  secrets(): string[] {
    return [...this.cookies.values(), ...(this.csrfToken ? [this.csrfToken] : [])];
  }

  /** Sets the cookie and, on writes, the CSRF token on an outgoing request. */
  apply(request: { method: string; headers: Headers }): void {
    if (this.cookies.size > 0) {
      request.headers.set("Cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    }
    if (this.csrfToken && WRITES.has(request.method)) request.headers.set(this.csrfHeader, this.csrfToken);
  }

  /** Remembers the cookies and CSRF token an answer carries. */
  capture(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair?.indexOf("=") ?? -1;
      if (!pair || eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === "" || /max-age=0\b/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const header = response.headers.get("X-CSRF-HEADER");
    if (header && /^[A-Za-z0-9-]+$/.test(header)) this.csrfHeader = header;
    const token = response.headers.get("X-CSRF-TOKEN");
    if (token) this.csrfToken = token;
  }

  /** Whether an answer is GWS refusing a write for a missing or stale CSRF token. */
  static isCsrfRefusal(request: { method: string }, response: Response, body: string): boolean {
    return response.status === 403 && WRITES.has(request.method) && CSRF_REFUSAL.test(body);
  }
}

type Transport = (input: Request, init?: RequestInit) => Promise<Response>;

/**
 * HTTP Basic plus the session's cookie and CSRF token; all of them count as secrets. The session is kept
 * from every answer, and when a write is refused for its CSRF token, a fresh one is fetched (`GET /me`)
 * and the write is sent again, once.
 */
export function sessionAuth(
  username: string,
  password: string,
  session: GenesysSession | undefined,
  probe: { baseUrl: string; fetch?: Transport; timeoutMs?: number },
): AuthStrategy {
  const basic = basicAuth(username, password);
  const meUrl = `${probe.baseUrl.replace(/\/$/, "")}/me?fields=id`;
  const auth: AuthStrategy = {
    apply(request) {
      basic.apply(request);
      session?.apply(request);
    },
    secrets: () => [...basic.secrets(), ...(session?.secrets() ?? [])],
  };
  if (!session) return auth;
  return {
    ...auth,
    observe: (response) => session.capture(response),
    refused: (request, response, body) => GenesysSession.isCsrfRefusal(request, response, body),
    async refresh(_used, refused) {
      // The probe has its own time limit and stops as soon as the caller of the refused write aborts.
      const limit = AbortSignal.timeout(probe.timeoutMs ?? 30_000);
      const signal = refused?.signal ? AbortSignal.any([refused.signal, limit]) : limit;
      const request = new Request(meUrl, { method: "GET", signal });
      auth.apply(request);
      try {
        const fresh = await (probe.fetch ?? globalThis.fetch)(request);
        session.capture(fresh);
        await fresh.body?.cancel();
      } catch {
        return false;
      }
      return session.token !== undefined;
    },
  };
}
