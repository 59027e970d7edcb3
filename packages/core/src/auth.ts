import { assertCredential, assertSendable } from "./config.js";
import { AuthError, CallspecError, ConfigurationError, NetworkError, TimeoutError } from "./errors.js";
import { redact, scrubError } from "./secrets.js";

/** A request about to go out, as an auth strategy sees it: its headers may be set, method and URL read. */
export interface OutgoingRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  /** The caller's signal, for work of the strategy's own (a login) that the caller may abort. */
  readonly signal: AbortSignal | null;
}

/**
 * How a client proves who it is. `apply` sets the credentials on each attempt and returns a marker of the
 * credential it used; after a 401 (or the answer `refused` picks), `refresh` (when present) is asked for a
 * fresh one, and the request is repeated once when it resolves true.
 */
export interface AuthStrategy {
  /** Sets the credentials on an outgoing request. */
  apply(request: OutgoingRequest): unknown | Promise<unknown>;
  /**
   * Obtains fresh credentials after a refusal; `request` is the refused one (its `signal` is the caller's, for
   * work of its own that the caller may abort).
   */
  refresh?(used: unknown, request?: { method: string; url: string; signal: AbortSignal | null }): Promise<boolean>;
  /** Which answers `refresh` can cure, given the request, the answer and its body (default: a 401). */
  refused?(request: { method: string }, response: Response, body: string): boolean;
  /** Sees every answer (e.g. to keep a session cookie). */
  observe?(response: Response): void;
  /** Every value that must never appear in an error, a log or a message, configured or issued. */
  secrets(): readonly string[];
}

/** `Authorization: Bearer <token>`. */
export function bearerAuth(token: string, what = "The bearer token"): AuthStrategy {
  assertCredential(token, what);
  const value = `Bearer ${token}`;
  return {
    apply: (request) => void request.headers.set("Authorization", value),
    secrets: () => [token],
  };
}

/** HTTP Basic: `Authorization: Basic base64(user:password)`. */
export function basicAuth(username: string, password: string): AuthStrategy {
  // Both halves travel base64-encoded as UTF-8, so any character but a control character or ':' may be in the name.
  assertSendable(username, "The user name", false);
  assertSendable(password, "The password", false);
  if (username.trim() === "" || username.includes(":"))
    throw new ConfigurationError("The user name is empty or holds ':' (HTTP Basic auth).");
  // UTF-8 bytes to base64 with web APIs only (no Node Buffer), so that the client runs wherever fetch does.
  const encoded = btoa(Array.from(new TextEncoder().encode(`${username}:${password}`), (byte) => String.fromCharCode(byte)).join(""));
  const value = `Basic ${encoded}`;
  return {
    apply: (request) => void request.headers.set("Authorization", value),
    secrets: () => [password, encoded, value].filter((s) => s.length > 0),
  };
}

/** A token in a header of the vendor's own, such as Kazoo's `X-Auth-Token`. */
export function headerTokenAuth(header: string, token: string, what = `The ${header} token`): AuthStrategy {
  assertSendable(header, "The header name");
  assertCredential(token, what);
  return {
    apply: (request) => void request.headers.set(header, token),
    secrets: () => [token],
  };
}

export interface LoginAuthOptions {
  /** Obtains a fresh token. Called once for any number of concurrent requests that need one. */
  login: () => Promise<string>;
  /** Header that carries the token (default `Authorization`). */
  header?: string;
  /** Prefix before the token (default `Bearer ` for `Authorization`, none otherwise). */
  prefix?: string;
  /** A token already held; the first login happens only after it is refused. */
  token?: string;
  /** Further values to keep out of errors (the password the login sends, for instance). */
  secrets?: readonly string[];
}

export interface LoginAuth extends AuthStrategy {
  /** The token in use, if one has been obtained. */
  readonly token: string | undefined;
  /** Logs in now unless a token is already held (otherwise the first request does it). */
  ensureToken(): Promise<void>;
}

/**
 * A token obtained by logging in, renewed once after a 401. Concurrent requests share a single login:
 * twenty requests refused at once cause one login, then each is repeated once. A login refused by the server
 * is an `AuthError`; one that got no answer stays a `NetworkError` or `TimeoutError`. Either way every secret
 * the strategy knows is masked in the error and its causes.
 */
export function loginAuth(options: LoginAuthOptions): LoginAuth {
  const header = options.header ?? "Authorization";
  const prefix = options.prefix ?? (header.toLowerCase() === "authorization" ? "Bearer " : "");
  if (options.token !== undefined) assertCredential(options.token, "The initial token");
  let token = options.token;
  let generation = 0;
  let pending: Promise<void> | undefined;
  const issued: string[] = token ? [token] : [];
  const secrets = () => [...issued, ...(options.secrets ?? [])];

  const renew = (): Promise<void> => {
    pending ??= (async () => {
      try {
        const fresh = await options.login();
        if (typeof fresh !== "string" || fresh === "") throw new AuthError("Login failed: the answer held no token.");
        // Kept as a secret before it is checked, so that the check's own error cannot show it.
        issued.push(fresh);
        assertCredential(fresh, "The token returned by the login");
        token = fresh;
        generation += 1;
      } catch (error) {
        throw scrubError(asLoginError(error, secrets()), secrets());
      } finally {
        pending = undefined;
      }
    })();
    return pending;
  };

  return {
    get token() {
      return token;
    },
    async ensureToken() {
      if (token === undefined) await renew();
    },
    apply(request) {
      const set = () => {
        request.headers.set(header, `${prefix}${token}`);
        return generation;
      };
      // Only the first request waits for a login; the others set the token they find.
      return token === undefined ? renew().then(set) : set();
    },
    async refresh(used) {
      // Another request already renewed the token this one was refused with: just repeat.
      if (used !== generation) return true;
      await renew();
      return true;
    },
    secrets,
  };
}

/** A login failure as the caller should see it: no answer stays a network failure, a refusal is an AuthError. */
function asLoginError(error: unknown, secrets: readonly string[]): unknown {
  if (error instanceof AuthError || error instanceof NetworkError || error instanceof TimeoutError) return error;
  // A caller's abort reason is theirs, passed on as it is.
  if (!(error instanceof CallspecError) && (error as { name?: unknown })?.name === "AbortError") return error;
  const status = (error as { status?: unknown }).status;
  const reason = error instanceof Error ? redact(error.message, secrets) : "unknown error";
  return new AuthError(`Login failed: ${reason}`, typeof status === "number" ? status : undefined, {
    cause: error instanceof CallspecError ? error : undefined,
  });
}
