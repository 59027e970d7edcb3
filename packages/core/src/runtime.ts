import type { Middleware, PathSerializer } from "openapi-fetch";
import type { AuthStrategy } from "./auth.js";
import {
  ApiError,
  ConfigurationError,
  DecodeError,
  NetworkError,
  TimeoutError,
  redact,
  redactDeep,
  summarizeUrl,
  type ApiErrorDetails,
} from "./errors.js";
import { assertPathParameters, createPathSerializer } from "./paths.js";
import {
  backoffDelay,
  defaultRetryPolicy,
  parseRetryAfter,
  sleep,
  type RetryPolicy,
} from "./retry.js";

/** What a vendor's error mapper gets to build its typed error from. */
export interface ErrorContext {
  status: number;
  method: string;
  url: string;
  headers: Headers;
  /** Parsed JSON when the body is JSON, otherwise undefined. */
  json: unknown;
  /** The body as text, cut to a short excerpt and with secrets masked. */
  excerpt: string;
}

/** Builds the error a vendor client throws for a non-success answer. */
export type ErrorMapper = (context: ErrorContext, base: ApiErrorDetails) => ApiError;

export interface RuntimeOptions {
  baseUrl: string;
  auth?: AuthStrategy;
  /** Per-attempt time limit, headers and body included (default 30 s). Per call: `callOptions({ timeoutMs })`. */
  timeoutMs?: number;
  /** Retry policy for failed attempts, or `false` for none. */
  retry?: Partial<RetryPolicy> | false;
  /** Largest response body accepted, in bytes (default 64 MiB). */
  maxResponseBytes?: number;
  /** Characters a path parameter may carry unencoded (e.g. `@:` for Telphin's `@me`). */
  keepInPathSegments?: string;
  /** Maps a non-success answer to the vendor's error class (default: a plain ApiError). */
  mapError?: ErrorMapper;
  /**
   * Inspects a successful JSON answer and returns an error when the vendor signals failure inside it
   * (GWS sends `statusCode` != 0 with HTTP 200).
   */
  rejectSuccess?: (json: unknown, details: ApiErrorDetails) => ApiError | undefined;
  /** The transport under everything (default `globalThis.fetch`); tests and proxies plug in here. */
  fetch?: (input: Request, init?: RequestInit) => Promise<Response>;
}

/** What `createClient()` of openapi-fetch needs, plus the middleware to `use()`. */
export interface Runtime {
  clientOptions: {
    baseUrl: string;
    fetch: (input: Request) => Promise<Response>;
    pathSerializer: PathSerializer;
  };
  middleware: Middleware;
}

interface CallContext {
  timeoutMs: number;
  retryable: boolean;
}

export interface CallOptions {
  /** Time limit for this call's attempts, overriding the client's. */
  timeoutMs?: number;
  /** `false` turns retries off for this call; `true` allows them even where the policy would not. */
  retry?: boolean;
}

const contexts = new WeakMap<Request, CallContext>();
const EXCERPT = 300;
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

/**
 * Per-call options for any client operation: `client.GET("/x", { ...callOptions({ timeoutMs: 5000 }) })`.
 */
export function callOptions(options: CallOptions): { middleware: Middleware[] } {
  if (options.timeoutMs !== undefined) assertTimeout(options.timeoutMs);
  return {
    middleware: [
      {
        onRequest({ request }) {
          const context = contexts.get(request);
          if (!context) return;
          if (options.timeoutMs !== undefined) context.timeoutMs = options.timeoutMs;
          if (options.retry !== undefined) context.retryable = options.retry;
        },
      },
    ],
  };
}

function assertTimeout(ms: number): void {
  if (!Number.isFinite(ms) || ms <= 0) throw new ConfigurationError(`timeoutMs must be a positive number of milliseconds, not ${ms}.`);
}

/** The runtime every vendor client installs: guards, auth, timeout, safe retries, decoding and typed errors. */
export function createRuntime(options: RuntimeOptions): Runtime {
  let base: URL;
  try {
    base = new URL(options.baseUrl);
  } catch {
    throw new ConfigurationError(`baseUrl must be an absolute http(s) URL, got ${JSON.stringify(summarizeUrl(options.baseUrl))}.`);
  }
  if (base.protocol !== "http:" && base.protocol !== "https:") {
    throw new ConfigurationError(`baseUrl must use http or https, not ${base.protocol}`);
  }
  const timeoutMs = options.timeoutMs ?? 30_000;
  assertTimeout(timeoutMs);
  const policy: RetryPolicy = options.retry === false ? { ...defaultRetryPolicy, maxRetries: 0 } : { ...defaultRetryPolicy, ...options.retry };
  const maxBytes = options.maxResponseBytes ?? 64 * 1024 * 1024;
  const transport = options.fetch ?? ((input: Request, init?: RequestInit) => globalThis.fetch(input, init));
  const auth = options.auth;
  const secrets = () => auth?.secrets() ?? [];
  const mapError: ErrorMapper = options.mapError ?? ((_, details) => new ApiError(details));

  async function attempt(request: Request, context: CallContext): Promise<Response> {
    // The caller's signal lives on the Request; the attempt's own controller adds the time limit. fetch()
    // builds its own Request from ours in any case, so handing it the signal costs no extra Request.
    const caller = request.signal;
    if (caller.aborted) throw caller.reason;
    const controller = new AbortController();
    const onAbort = () => controller.abort(caller.reason);
    caller.addEventListener("abort", onAbort);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, context.timeoutMs);
    try {
      const response = await transport(request, { signal: controller.signal });
      return await buffer(response, request, maxBytes);
    } catch (error) {
      if (caller.aborted) throw caller.reason;
      const summary = { method: request.method, url: summarizeUrl(request.url) };
      if (timedOut) throw new TimeoutError(summary, context.timeoutMs);
      if (error instanceof ApiError) throw error;
      const url = new URL(request.url);
      const port = url.port || (url.protocol === "https:" ? "443" : "80");
      throw new NetworkError({ ...summary, host: url.hostname, port }, { cause: error });
    } finally {
      clearTimeout(timer);
      caller.removeEventListener("abort", onAbort);
    }
  }

  async function send(request: Request): Promise<Response> {
    // A request replaced by a user's middleware has no context: judge it by its concrete path.
    const context = contexts.get(request) ?? { timeoutMs, retryable: policy.isRetryable({ method: request.method, path: new URL(request.url).pathname }) };
    const retryable = context.retryable && policy.maxRetries > 0;
    // Only a body is used up by sending; a bodiless request can go out again as it is.
    const repeatable = request.body !== null && (retryable || auth?.refresh !== undefined);
    let retries = 0;
    let refreshed = false;
    for (;;) {
      const current = repeatable ? request.clone() : request;
      const used = auth ? await auth.apply(current) : undefined;
      let response: Response;
      try {
        response = await attempt(current, context);
      } catch (error) {
        if (retryable && error instanceof NetworkError && retries < policy.maxRetries) {
          await sleep(backoffDelay(policy, retries++), request.signal);
          continue;
        }
        throw error;
      }
      if (response.status === 401 && auth?.refresh && !refreshed) {
        refreshed = true;
        if (await auth.refresh(used)) continue;
        return response;
      }
      if (retryable && retries < policy.maxRetries && policy.statuses.includes(response.status)) {
        const told = parseRetryAfter(response.headers.get("Retry-After"));
        const wait = told === undefined ? backoffDelay(policy, retries) : Math.min(told, policy.maxRetryAfterMs);
        retries += 1;
        await sleep(wait, request.signal);
        continue;
      }
      return response;
    }
  }

  const middleware: Middleware = {
    onRequest({ request, schemaPath, params }) {
      assertPathParameters(schemaPath, params.path);
      contexts.set(request, { timeoutMs, retryable: policy.isRetryable({ method: request.method, path: schemaPath }) });
    },
    async onResponse({ request, response, options: merged }) {
      const summary = () => ({ method: request.method, url: summarizeUrl(request.url) });
      if (!response.ok) throw await toApiError(response, summary(), secrets(), mapError);
      if (merged.parseAs !== "json" || response.status === 204 || request.method === "HEAD") return undefined;
      return decodeJson(response, summary, options.rejectSuccess);
    },
  };

  return {
    clientOptions: {
      baseUrl: base.href.replace(/\/$/, ""),
      fetch: send,
      pathSerializer: createPathSerializer(options.keepInPathSegments),
    },
    middleware,
  };
}

/** Bytes of each buffered answer, so that decoding reads them without consuming the body a second time. */
const buffered = new WeakMap<Response, Uint8Array>();

/** Reads the whole body inside the time limit, so that a connection cut mid-body is a NetworkError. */
async function buffer(response: Response, request: Request, maxBytes: number): Promise<Response> {
  const declared = Number(response.headers.get("Content-Length") ?? "NaN");
  const tooLarge = () =>
    new ApiError({
      status: response.status,
      method: request.method,
      url: summarizeUrl(request.url),
      vendorMessage: `response body larger than the ${maxBytes}-byte limit (maxResponseBytes)`,
    });
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return response;
  let bytes: Uint8Array;
  if (declared >= 0) {
    bytes = new Uint8Array(await response.arrayBuffer());
  } else {
    // No length announced: count while reading, and stop at the limit.
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
    bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
  }
  const copy = new Response(response.status === 204 || response.status === 304 ? null : (bytes as Uint8Array<ArrayBuffer>), response);
  buffered.set(copy, bytes);
  return copy;
}

const decoder = new TextDecoder();

/**
 * A success body read as JSON must be JSON. Plain text is handed over as a JSON string (the type the
 * spec declares for a text/plain answer); anything else, or broken or missing JSON, is a DecodeError.
 */
async function decodeJson(
  response: Response,
  summarize: () => { method: string; url: string },
  rejectSuccess: RuntimeOptions["rejectSuccess"],
): Promise<Response | undefined> {
  const contentType = response.headers.get("Content-Type");
  const bytes = buffered.get(response);
  // Decoded from the buffered copy: the body itself stays unread for openapi-fetch.
  const text = bytes ? decoder.decode(bytes) : await response.clone().text();
  const rebuilt = (body: string) => new Response(body, response);
  const fail = (cause?: unknown) =>
    new DecodeError({ ...summarize(), status: response.status, contentType }, text.slice(0, EXCERPT), { cause });
  if (contentType && /^text\/plain\b/i.test(contentType)) return rebuilt(JSON.stringify(text));
  if (text.trim() === "") {
    if (contentType && JSON_TYPE.test(contentType)) throw fail();
    return undefined;
  }
  if (contentType && !JSON_TYPE.test(contentType)) throw fail();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw fail(error);
  }
  const rejected = rejectSuccess?.(parsed, { ...summarize(), status: response.status, body: parsed, requestId: response.headers.get("X-Request-Id") ?? undefined });
  if (rejected) throw rejected;
  // openapi-fetch reads the body next: hand it the value parsed here instead of decoding it twice.
  Object.defineProperty(response, "json", { value: () => Promise.resolve(parsed), configurable: true });
  return undefined;
}

async function toApiError(
  response: Response,
  summary: { method: string; url: string },
  secrets: readonly string[],
  mapError: ErrorMapper,
): Promise<ApiError> {
  const raw = await response.text().catch(() => "");
  const text = redact(raw, secrets);
  let json: unknown;
  const contentType = response.headers.get("Content-Type") ?? "";
  if (raw && (JSON_TYPE.test(contentType) || /^[[{]/.test(raw.trim()))) {
    try {
      // Parsed from the raw text, then masked: a secret JSON-escaped in the text would slip past `redact`.
      json = redactDeep(JSON.parse(raw), secrets);
    } catch {
      json = undefined;
    }
  }
  const excerpt = text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
  const retryAfterMs = parseRetryAfter(response.headers.get("Retry-After"));
  const details: ApiErrorDetails = {
    status: response.status,
    ...summary,
    body: json ?? (excerpt || undefined),
    vendorMessage: json === undefined && excerpt ? excerpt.replace(/\s+/g, " ").trim() : undefined,
    requestId: response.headers.get("X-Request-Id") ?? undefined,
    retryAfterMs,
  };
  return mapError({ status: response.status, ...summary, headers: response.headers, json, excerpt }, details);
}
