import createClient, { type Client, type Middleware, type QuerySerializerOptions } from "openapi-fetch";
import type { AuthStrategy } from "./auth.js";
import { assertCredentialsMode, assertTimeout, byteLimitOf, parseBaseUrl } from "./config.js";
import { ApiError, RequestRefusedError } from "./errors.js";
import { assertPathParameters, assertQueryNames, createPathSerializer } from "./paths.js";
import { retryPolicyOf, type RetryPolicy } from "./retry.js";
import { createTransport, type CallContext, type ErrorMapper, type Fetch, type SuccessCheck } from "./transport.js";

export interface RuntimeOptions {
  baseUrl: string;
  auth?: AuthStrategy;
  /** Per-attempt time limit, headers and body included (default 30 s). Per call: `callOptions({ timeoutMs })`. */
  timeoutMs?: number;
  /** Retry policy for failed attempts, or `false` for none. */
  retry?: Partial<RetryPolicy> | false;
  /** Largest response body accepted, in decoded bytes (default 64 MiB). */
  maxResponseBytes?: number;
  /** Characters a path parameter may carry unencoded (e.g. `@:` for Telphin's `@me`). */
  keepInPathSegments?: string;
  /** Maps a non-success answer to the vendor's error class (default: a plain ApiError). */
  mapError?: ErrorMapper;
  /** Returns an error for a successful JSON answer in which the vendor signals failure (GWS `statusCode` != 0). */
  rejectSuccess?: SuccessCheck;
  /** Whether a browser sends its cookies with each request (`include` for a session on another origin). */
  credentials?: RequestCredentials;
  /** Values to keep out of errors besides the auth strategy's own (the password a login client sends, say). */
  secrets?: readonly string[] | (() => readonly string[]);
  /** The transport under everything (default `globalThis.fetch`); tests and proxies plug in here. */
  fetch?: Fetch;
}

/** An operation call as the client is about to send it, for a vendor's own checks. */
export interface PreparedCall {
  method: string;
  /** The path template from the spec, e.g. `/Accounts/{AccountSid}`. */
  path: string;
  params: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Record<string, unknown> };
  /** The request body parsed as JSON, or undefined when there is none or it is not JSON. */
  body(): Promise<unknown>;
}

/** What a vendor adds when it builds its client on the runtime. */
export interface ClientSetup {
  /** Refuses a call before anything is sent, by throwing a CallspecError. */
  guard?: (call: PreparedCall) => void | Promise<void>;
  /** Refuses a request as built (URL, headers) before it goes out, by throwing a CallspecError. */
  inspect?: (request: { method: string; url: string }) => void;
  /** openapi-fetch's query serializer options (e.g. Kazoo's exploded `filters`). */
  querySerializer?: QuerySerializerOptions;
  /** The vendor's rule for which operations may be sent twice (default: GET, HEAD and OPTIONS). */
  isRetryable?: RetryPolicy["isRetryable"];
}

export interface CallOptions {
  /** Time limit for this call's attempts, overriding the client's. */
  timeoutMs?: number;
  /** `false` turns retries off for this call; `true` allows them even where the policy would not. */
  retry?: boolean;
}

/** Per-call options, by request: set by the middleware `callOptions` returns, read when the request is sent. */
const perCall = new WeakMap<Request, CallOptions>();

/**
 * Per-call options for any client operation, as openapi-fetch per-call middleware:
 * `client.GET("/x", { ...callOptions({ timeoutMs: 5000 }) })`. With middleware of your own on the same call,
 * list both: `middleware: [...callOptions({ retry: false }).middleware, yours]`.
 */
export function callOptions(options: CallOptions): { middleware: Middleware[] } {
  if (options.timeoutMs !== undefined) assertTimeout(options.timeoutMs);
  const own = { ...options };
  return { middleware: [{ onRequest: ({ request }) => void perCall.set(request, own) }] };
}

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "request"] as const;

/**
 * A typed openapi-fetch client on the callspec runtime. Its first middleware checks each call (path parameters,
 * query parameter names, the vendor's guard) and records what the transport needs to know of it; the
 * transport, handed to openapi-fetch as its `fetch`, adds auth, the time limit, safe retries, redirects,
 * decoding and typed errors. `client.use()` adds the caller's middleware after ours.
 */
export function createApiClient<Paths extends {}>(options: RuntimeOptions, setup: ClientSetup = {}): Client<Paths> {
  const baseUrl = parseBaseUrl(options.baseUrl);
  const timeoutMs = options.timeoutMs ?? 30_000;
  assertTimeout(timeoutMs);
  const maxResponseBytes = byteLimitOf(options.maxResponseBytes);
  assertCredentialsMode(options.credentials);
  const policy = retryPolicyOf(options.retry, setup.isRetryable);
  const { auth } = options;
  const extra = options.secrets;
  const secrets = () => [...(auth?.secrets() ?? []), ...(typeof extra === "function" ? extra() : (extra ?? []))];
  const contexts = new WeakMap<Request, CallContext>();

  const transport = createTransport({
    fetch: options.fetch,
    auth,
    policy,
    timeoutMs,
    maxResponseBytes,
    mapError: options.mapError ?? ((_, details) => new ApiError(details)),
    rejectSuccess: options.rejectSuccess,
    secrets,
    contextOf: (request) => {
      const context = contexts.get(request);
      const own = perCall.get(request);
      if (!context || !own) return context;
      return {
        ...context,
        timeoutMs: own.timeoutMs ?? context.timeoutMs,
        retryable: own.retry ?? context.retryable,
      };
    },
  });

  const client = createClient<Paths>({
    baseUrl,
    fetch: transport,
    pathSerializer: createPathSerializer(options.keepInPathSegments),
    querySerializer: setup.querySerializer,
    ...(options.credentials ? { credentials: options.credentials } : {}),
  });
  client.use({
    async onRequest({ request, schemaPath, params, options: merged }) {
      const method = request.method;
      assertPathParameters(schemaPath, params.path);
      assertQueryNames(schemaPath, params.query);
      setup.inspect?.({ method, url: request.url });
      await setup.guard?.({ method, path: schemaPath, params, body: () => jsonOf(request) });
      contexts.set(request, {
        path: schemaPath,
        timeoutMs,
        retryable: policy.isRetryable({ method, path: schemaPath }),
        parseAs: merged.parseAs,
      });
    },
  });
  return withTypedBuildErrors(client);
}

async function jsonOf(request: Request): Promise<unknown> {
  if (!request.body || !/json/i.test(request.headers.get("Content-Type") ?? "")) return undefined;
  try {
    return await request.clone().json();
  } catch {
    return undefined;
  }
}

/**
 * openapi-fetch builds the Request before any middleware runs, and a header value it cannot carry (CR/LF, a
 * character above U+00FF) or a body it cannot serialise throws a raw TypeError there that prints the value.
 * The methods handed to the caller forward to openapi-fetch's own and turn that one failure into a
 * RequestRefusedError that shows no value; everything else is openapi-fetch's client as it is.
 */
function withTypedBuildErrors<Paths extends {}>(client: Client<Paths>): Client<Paths> {
  const refuse = (error: unknown): never => {
    const what =
      error instanceof URIError
        ? "a query value that is not well-formed Unicode"
        : error instanceof TypeError && /header|ByteString/i.test(error.message)
          ? "a header value with control characters or characters above U+00FF"
          : error instanceof TypeError && /serializ|circular/i.test(error.message)
            ? "a body that cannot be serialised as JSON"
            : undefined;
    throw what ? new RequestRefusedError(`The request has ${what}; nothing was sent.`) : error;
  };
  const forwarded: Record<string, unknown> = { use: client.use, eject: client.eject };
  for (const name of METHODS) {
    const call = client[name] as unknown as AnyCall;
    forwarded[name] = (...args: unknown[]) => call(...args).catch(refuse);
  }
  return forwarded as unknown as Client<Paths>;
}

type AnyCall = (...args: unknown[]) => Promise<unknown>;
