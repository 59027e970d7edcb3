import { basicAuth, type AuthStrategy } from "@callspec/core";
import { cookieHeader, keepCookies } from "@callspec/core";

const WRITES = new Set(["PUT", "POST", "DELETE"]);
const CSRF_REFUSAL = /csrf/i;

/**
 * The HTTP session GWS keeps per client: the `JSESSIONID` cookie it sets, and, when the node runs with CSRF
 * protection, the token it hands out in `X-CSRF-TOKEN` on GET answers. Both are sent back; the token only
 * on PUT, POST and DELETE, in the header `X-CSRF-HEADER` names. In browser mode (`cookies: false`) the browser
 * keeps the cookie itself and only the token is kept here.
 */
export class GenesysSession {
  private cookies = new Map<string, string>();
  private readonly keepsCookies: boolean;
  private csrfHeader = "X-CSRF-TOKEN";
  private csrfToken: string | undefined;

  constructor(options: { cookies?: boolean } = {}) {
    this.keepsCookies = options.cookies ?? true;
  }

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
    const cookie = cookieHeader(this.cookies);
    if (cookie) request.headers.set("Cookie", cookie);
    if (this.csrfToken && WRITES.has(request.method)) request.headers.set(this.csrfHeader, this.csrfToken);
  }

  /** Remembers the cookies and CSRF token an answer carries. */
  capture(response: Response): void {
    if (this.keepsCookies) keepCookies(this.cookies, response.headers);
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
  probe: { baseUrl: string; fetch?: Transport; timeoutMs?: number; credentials?: RequestCredentials },
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
      // A redirected probe is a failed one: the credentials it carries never follow it elsewhere.
      const request = new Request(meUrl, {
        method: "GET",
        signal,
        redirect: "manual",
        ...(probe.credentials ? { credentials: probe.credentials } : {}),
      });
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
