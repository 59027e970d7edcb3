import {
  CallspecError,
  NetworkError,
  TimeoutError,
  createApiClient,
  loginAuth,
  parseBaseUrl,
  redact,
  type AuthStrategy,
  type RuntimeOptions,
} from "@callspec/core";
import type { components, paths } from "./generated/schema.js";
import { TelphinAuthError, TelphinError, mapTelphinError } from "./errors.js";

export type TelphinToken = components["schemas"]["Token"];
type TokenRequest = components["schemas"]["TokenRequest"];

/** How the client gets its access token. */
export type TelphinCredentials =
  /** A token you already hold; on a 401 it is not renewed (there is nothing to renew it with). */
  | { token: string }
  /** A `trusted` application: client-credentials grant, a new token whenever one is needed. */
  | { clientId: string; clientSecret: string; token?: string }
  /** A `password_credentials` application: password grant, then its refresh token. */
  | { clientId: string; clientSecret: string; username: string; password: string; token?: string }
  /** A `public` application after the browser step: exchanges `code` once, then uses the refresh token. */
  | { clientId: string; clientSecret: string; code: string; redirectUri: string; token?: string }
  /** A `public` application with a stored refresh token. */
  | { clientId: string; clientSecret: string; refreshToken: string; redirectUri?: string; token?: string };

export interface TelphinAuthOptions {
  /** Token endpoint (default: `/oauth/token` at the API host's root, not under `/api/ver1.0`). */
  tokenUrl: string;
  /** Renew this long before `expires_in` runs out (default 60 s). */
  renewBeforeMs?: number;
  /** Called with each token answer, so that an app can store a new refresh token. */
  onToken?: (token: TelphinToken) => void;
  /** Transport, time limit, answer size limit and browser cookie mode of the token request, as the client's. */
  fetch?: RuntimeOptions["fetch"];
  timeoutMs?: number;
  maxResponseBytes?: number;
  credentials?: RequestCredentials;
}

export interface TelphinAuth extends AuthStrategy {
  /** The access token in use, if one has been obtained. */
  readonly token: string | undefined;
  /** Gets a token now unless one is held (otherwise the first request does it). */
  ensureToken(): Promise<void>;
}

const has = <K extends string>(o: object, k: K): o is Record<K, string> => typeof (o as Record<string, unknown>)[k] === "string";

/**
 * OAuth 2.0 for Telphin on core's `loginAuth`: concurrent requests that need a token share one token request;
 * a token is renewed shortly before `expires_in` runs out and once after a 401 (then the request is repeated).
 */
export function telphinAuth(credentials: TelphinCredentials, options: TelphinAuthOptions): TelphinAuth {
  const base = new URL(parseBaseUrl(options.tokenUrl, "tokenUrl"));
  const path = base.pathname;
  const tokens = createApiClient<{ "/oauth/token": paths["/oauth/token"] }>({
    baseUrl: base.origin,
    retry: false,
    mapError: mapTelphinError,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
    maxResponseBytes: options.maxResponseBytes,
    credentials: options.credentials,
    secrets: () => known,
  });

  const clientId = has(credentials, "clientId") ? credentials.clientId : undefined;
  const clientSecret = has(credentials, "clientSecret") ? credentials.clientSecret : undefined;
  let refreshToken = has(credentials, "refreshToken") ? credentials.refreshToken : undefined;
  let code = has(credentials, "code") ? credentials.code : undefined;
  const redirectUri = has(credentials, "redirectUri") ? credentials.redirectUri : undefined;
  const password = has(credentials, "password") ? credentials.password : undefined;
  const username = has(credentials, "username") ? credentials.username : undefined;
  const known = [clientSecret, password, code, refreshToken].filter((s): s is string => !!s);
  /** When to renew (shortly before the token expires). */
  let expiresAt: number | undefined;
  const renewBefore = options.renewBeforeMs ?? 60_000;
  const canLogin = clientId !== undefined && clientSecret !== undefined;

  /** The grant that can always be repeated (client credentials or password), if this app has one. */
  const repeatable = (): TokenRequest | undefined => {
    if (!canLogin) return undefined;
    if (password !== undefined && username !== undefined)
      return { grant_type: "password", client_id: clientId, client_secret: clientSecret, username, password };
    // A public app (code or refresh token) cannot get a token without the user: only a trusted app can.
    if (has(credentials, "refreshToken") || has(credentials, "code")) return undefined;
    return { grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret };
  };

  const request = async (grant: TokenRequest): Promise<TelphinToken> => {
    try {
      const { data } = await tokens.POST(path as "/oauth/token", {
        body: grant,
        bodySerializer: (body) => new URLSearchParams(body as Record<string, string>).toString(),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      });
      if (!data?.access_token) throw new TelphinAuthError("The token endpoint answered without an access_token.", 200);
      return data;
    } catch (error) {
      // No answer at all is a network failure, not a refusal of the credentials.
      if (error instanceof TelphinAuthError || error instanceof NetworkError || error instanceof TimeoutError) throw error;
      if (error instanceof TelphinError) {
        const code = typeof error.vendorCode === "string" ? error.vendorCode : undefined;
        throw new TelphinAuthError(
          `The token endpoint refused the ${grant.grant_type} grant: ${error.status}${code ? ` ${code}` : ""}.`,
          error.status,
          code,
          { cause: error },
        );
      }
      const reason = error instanceof Error ? redact(error.message, secrets()) : "unknown error";
      throw new TelphinAuthError(`The token request failed: ${reason}`, undefined, undefined, {
        cause: error instanceof CallspecError ? error : undefined,
      });
    }
  };

  const login = async (): Promise<string> => {
    if (!canLogin) throw new TelphinAuthError("No clientId and clientSecret to get a new token with.", undefined);
    let answer: TelphinToken;
    if (refreshToken !== undefined) {
      const grant: TokenRequest = {
        grant_type: "refresh_token",
        refresh_token: refreshToken,
        client_id: clientId,
        client_secret: clientSecret,
        ...(redirectUri ? { redirect_uri: redirectUri } : {}),
      };
      try {
        answer = await request(grant);
      } catch (error) {
        // A refused refresh token: fall back to a grant that can be repeated, if the app has one.
        const fallback = repeatable();
        if (!fallback || !(error instanceof TelphinAuthError) || error.status === undefined) throw error;
        refreshToken = undefined;
        answer = await request(fallback);
      }
    } else if (code !== undefined) {
      const grant: TokenRequest = {
        grant_type: "authorization_code",
        code,
        redirect_uri: redirectUri ?? "",
        client_id: clientId,
        client_secret: clientSecret,
      };
      code = undefined; // one use only
      answer = await request(grant);
    } else {
      answer = await request(repeatable()!);
    }
    if (answer.refresh_token) {
      refreshToken = answer.refresh_token;
      known.push(answer.refresh_token);
    }
    // Renew `renewBefore` ahead of expiry, but never sooner than half-way through a short-lived token.
    expiresAt =
      typeof answer.expires_in === "number"
        ? Date.now() + answer.expires_in * 1000 - Math.min(renewBefore, answer.expires_in * 500)
        : undefined;
    options.onToken?.(answer);
    return answer.access_token;
  };

  const inner = loginAuth({ login, token: credentials.token, secrets: known });
  const secrets = () => [...inner.secrets(), ...known];
  return {
    get token() {
      return inner.token;
    },
    ensureToken: () => inner.ensureToken(),
    apply(req) {
      const stale = () => canLogin && expiresAt !== undefined && Date.now() >= expiresAt;
      const held = inner.apply(req);
      // A fresh token already held is set at once, without a promise to wait for.
      if (!(held instanceof Promise) && !stale()) return held;
      return (async () => {
        let used = await held;
        if (stale()) {
          // Concurrent requests seeing the same stale token share one renewal (loginAuth's single flight).
          await inner.refresh!(used, req);
          used = await inner.apply(req);
        }
        return used;
      })();
    },
    refresh: (used, refused) => (canLogin ? inner.refresh!(used, refused) : Promise.resolve(false)),
    secrets,
  };
}
