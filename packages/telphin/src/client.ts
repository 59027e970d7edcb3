import {
  ConfigurationError,
  assertCredential,
  createApiClient,
  parseBaseUrl,
  type PreparedCall,
  type RuntimeOptions,
} from "@callspec/core";
import type { Client } from "openapi-fetch";
import type { paths } from "./generated/schema.js";
import { telphinAuth, type TelphinAuth, type TelphinCredentials, type TelphinToken } from "./auth.js";
import { assertRecordRange } from "./dates.js";
import { TelphinRequestError, mapTelphinError } from "./errors.js";

export const DEFAULT_TELPHIN_HOST = "apiproxy.telphin.ru";

/** Options shared by every way of creating a client. */
export type TelphinClientOptions = Omit<RuntimeOptions, "baseUrl" | "auth" | "mapError" | "keepInPathSegments"> & {
  /** API host (default `apiproxy.telphin.ru`); the client talks to `https://<host>/api/ver1.0`. */
  host?: string;
  /** Full base URL instead of `host`, e.g. a mock: `http://127.0.0.1:4014/api/ver1.0`. */
  baseUrl?: string;
  /** Token endpoint (default `/oauth/token` at the root of the base URL's host). */
  tokenUrl?: string;
  /** Renew the token this long before `expires_in` runs out (default 60 s). */
  renewBeforeMs?: number;
  /** Called with every token answer (store a new refresh token here). */
  onToken?: (token: TelphinToken) => void;
};

async function fetchUser(client: Client<paths>) {
  const { data } = await client.GET("/user/");
  return data!;
}

/** What `GET /user/` answers. */
export type TelphinUser = Awaited<ReturnType<typeof fetchUser>>;

export type TelphinClient = Client<paths> & {
  /** `GET /user/`: who the token acts as, and so which id `@me` stands for. */
  whoAmI(): Promise<TelphinUser>;
  /** The token source (current token, `ensureToken()`). */
  readonly auth: TelphinAuth;
};

/** Every records operation whose date range the server limits. */
const RECORD_RANGE_PATHS = new Set([
  "/client/{client_id}/record/",
  "/extension_group/{extension_group_id}/record/",
  "/extension/{extension_id}/record/",
]);

/** Refuses, before sending, requests the server would refuse in a way the spec's types cannot express. */
async function telphinGuards({ method, path, params, body }: PreparedCall): Promise<void> {
  if (RECORD_RANGE_PATHS.has(path)) {
    const query = (params.query ?? {}) as { start_datetime?: unknown; end_datetime?: unknown };
    if (typeof query.start_datetime !== "string" || typeof query.end_datetime !== "string") {
      throw new TelphinRequestError(`${method} ${path} needs start_datetime and end_datetime; nothing was sent.`);
    }
    assertRecordRange(query.start_datetime, query.end_datetime);
  }
  if (path === "/extension/{extension_id}/callback/" && method === "POST") callbackGuard(await body());
}

const callbackGuard = (body: unknown) => {
  const dst = (body as { dst_num?: unknown } | undefined)?.dst_num;
  if (typeof dst !== "string" || dst.trim() === "") {
    throw new TelphinRequestError("A callback needs dst_num (the number dialled once a source answers); nothing was sent.");
  }
  const src = (body as { src_num?: unknown }).src_num;
  if (!Array.isArray(src) || src.length === 0)
    throw new TelphinRequestError("A callback needs src_num (at least one number to call first); nothing was sent.");
};

/**
 * A typed client for the Telphin API ver1.0. It gets an OAuth 2.0 token on first use (client credentials,
 * password, authorization code or refresh token), shares one token request among parallel calls, renews
 * the token shortly before it expires and once after a 401. `@me`, `@101` and `*` go into paths as written.
 * Non-2xx answers throw `TelphinError`; GET is retried on 408/429/5xx and network errors, nothing else is
 * (a repeated POST callback places a second call).
 */
export function createTelphinClient(options: TelphinClientOptions & TelphinCredentials): TelphinClient {
  const { host, baseUrl, tokenUrl, renewBeforeMs, onToken, ...rest } = options as TelphinClientOptions &
    TelphinCredentials &
    Record<string, unknown>;
  if (host !== undefined && baseUrl !== undefined) throw new ConfigurationError("Give host or baseUrl, not both.");
  if (host !== undefined && (typeof host !== "string" || !/^[a-z0-9.-]+(:\d+)?$/i.test(host))) {
    throw new ConfigurationError("host must be a host name such as apiproxy.telphin.ru (no scheme, no path).");
  }
  const base = parseBaseUrl(baseUrl ?? `https://${host ?? DEFAULT_TELPHIN_HOST}/api/ver1.0`);
  const origin = new URL(base).origin;
  const credentials = pickCredentials(options);
  const auth = telphinAuth(credentials, {
    tokenUrl: tokenUrl ?? `${origin}/oauth/token`,
    renewBeforeMs,
    onToken,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
    maxResponseBytes: options.maxResponseBytes,
    credentials: options.credentials,
  });
  const runtimeOptions = Object.fromEntries(
    Object.entries(rest).filter(
      ([k]) => !["token", "clientId", "clientSecret", "username", "password", "code", "redirectUri", "refreshToken"].includes(k),
    ),
  ) as Omit<RuntimeOptions, "baseUrl">;
  const client = createApiClient<paths>(
    { ...runtimeOptions, baseUrl: base, auth, mapError: mapTelphinError, keepInPathSegments: "@*" },
    { guard: telphinGuards },
  );
  return Object.assign(client, {
    auth,
    whoAmI: () => fetchUser(client),
  });
}

function pickCredentials(options: Record<string, unknown>): TelphinCredentials {
  const str = (k: string) => (typeof options[k] === "string" ? (options[k] as string) : undefined);
  const [token, clientId, clientSecret] = [str("token"), str("clientId"), str("clientSecret")];
  for (const key of ["token", "clientId", "clientSecret", "username", "password", "code", "redirectUri", "refreshToken"]) {
    // The access token travels in a header; the others in the token request's form body.
    if (options[key] !== undefined) assertCredential(options[key], key, key === "token");
  }
  if ((clientId === undefined) !== (clientSecret === undefined)) throw new ConfigurationError("clientId and clientSecret go together.");
  if (str("code") !== undefined && str("redirectUri") === undefined)
    throw new ConfigurationError("An authorization code needs the redirectUri it was issued for.");
  if ((str("username") === undefined) !== (str("password") === undefined))
    throw new ConfigurationError("username and password go together.");
  if (clientId === undefined) {
    if (token === undefined) throw new ConfigurationError("Give a token, or clientId and clientSecret (and a grant's fields).");
    return { token };
  }
  return options as unknown as TelphinCredentials;
}
