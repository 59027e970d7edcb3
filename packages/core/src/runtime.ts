import createClient, { type Client, type QuerySerializerOptions } from "openapi-fetch";
import type { AuthStrategy } from "./auth.js";
import {
  ApiError,
  CallspecError,
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
import { backoffDelay, defaultRetryPolicy, parseRetryAfter, sleep, type RetryPolicy } from "./retry.js";

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
   * (GWS sends `statusCode` != 0 with HTTP 200). `details()` builds the error's details when one is needed.
   */
  rejectSuccess?: (json: unknown, details: () => ApiErrorDetails) => ApiError | undefined;
  /** The transport under everything (default `globalThis.fetch`); tests and proxies plug in here. */
  fetch?: (input: Request, init?: RequestInit) => Promise<Response>;
}

/** An operation call as the client is about to send it, for a vendor's own checks. */
export interface PreparedCall {
  method: string;
  /** The path template from the spec, e.g. `/Accounts/{AccountSid}`. */
  path: string;
  params: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Record<string, unknown> };
  body: unknown;
}

/** What a vendor adds when it builds its client on the runtime. */
export interface ClientSetup {
  /** Refuses a call before anything is sent, by throwing a CallspecError. */
  guard?: (call: PreparedCall) => void;
  /** Refuses a request as built (URL, headers) before it goes out, by throwing a CallspecError. */
  inspect?: (request: { method: string; url: string }) => void;
  /** openapi-fetch's query serializer options (e.g. Kazoo's exploded `filters`). */
  querySerializer?: QuerySerializerOptions;
}

interface CallContext {
  timeoutMs: number;
  retryable: boolean;
  parseAs: string;
}

export interface CallOptions {
  /** Time limit for this call's attempts, overriding the client's. */
  timeoutMs?: number;
  /** `false` turns retries off for this call; `true` allows them even where the policy would not. */
  retry?: boolean;
}

/**
 * The init key that carries a call's context. openapi-fetch copies init keys unknown to `Request` onto the
 * Request it builds, so the transport finds the context there without any middleware.
 */
const CONTEXT = "callspec";
const EXCERPT = 300;
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;
const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/**
 * Per-call options for any client operation: `client.GET("/x", { ...callOptions({ timeoutMs: 5000 }) })`.
 */
export function callOptions(options: CallOptions): { [CONTEXT]: CallOptions } {
  if (options.timeoutMs !== undefined) assertTimeout(options.timeoutMs);
  return { [CONTEXT]: options };
}

function assertTimeout(ms: number): void {
  if (!Number.isFinite(ms) || ms <= 0) throw new ConfigurationError(`timeoutMs must be a positive number of milliseconds, not ${ms}.`);
}

/**
 * What openapi-fetch builds in place of a `Request` when no caller middleware needs a real one: the URL and
 * init as given. The transport hands them to `fetch(url, init)` itself, so each attempt costs one `Request`
 * (inside fetch) instead of two, and a string body can be sent again without cloning.
 */
class Draft {
  readonly headers: Headers;
  readonly method: string;
  readonly body: unknown;
  readonly signal: AbortSignal | null;
  constructor(
    readonly url: string,
    readonly init: RequestInit,
  ) {
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.method = init.method ?? "GET";
    this.body = init.body ?? null;
    this.signal = init.signal ?? null;
  }
}

/**
 * A typed openapi-fetch client on the callspec runtime. Each operation method first checks the call (path
 * parameters, the vendor's guard) and rejects with a typed error before anything is sent; the transport
 * then adds auth, the time limit, safe retries, decoding and typed errors. No openapi-fetch middleware is
 * installed, so `client.use()` stays free for the caller's own (which then see real `Request` objects).
 */
export function createApiClient<Paths extends {}>(options: RuntimeOptions, setup: ClientSetup = {}): Client<Paths> {
  const { guard, inspect } = setup;
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
  const policy: RetryPolicy =
    options.retry === false ? { ...defaultRetryPolicy, maxRetries: 0 } : { ...defaultRetryPolicy, ...options.retry };
  const maxBytes = options.maxResponseBytes ?? 64 * 1024 * 1024;
  const { auth, fetch: transport, rejectSuccess } = options;
  const mapError: ErrorMapper = options.mapError ?? ((_, details) => new ApiError(details));

  function prepare(method: string, path: string, init: Record<string, unknown> | undefined): Record<string, unknown> {
    const params = (init?.params ?? {}) as PreparedCall["params"];
    assertPathParameters(path, params.path);
    guard?.({ method, path, params, body: init?.body });
    const own = init?.[CONTEXT] as CallOptions | undefined;
    if (own?.timeoutMs !== undefined) assertTimeout(own.timeoutMs);
    const context: CallContext = {
      timeoutMs: own?.timeoutMs ?? timeoutMs,
      retryable: own?.retry ?? policy.isRetryable({ method, path }),
      parseAs: (init?.parseAs as string | undefined) ?? "json",
    };
    // Object.assign, not spread syntax: about ten times cheaper here, and this runs on every call.
    const prepared: Record<string, unknown> = Object.assign({}, init);
    prepared[CONTEXT] = context;
    // Caller middleware, and a per-call `fetch` of the caller's, are handed real Requests.
    if (middleware || init?.fetch || (init?.middleware as unknown[] | undefined)?.length) prepared.Request ??= globalThis.Request;
    return prepared;
  }

  async function attempt(request: Draft, context: CallContext): Promise<{ response: Response; bytes: Uint8Array | null }> {
    // The attempt's own controller carries the time limit and follows the caller's signal.
    const caller = request.signal;
    if (caller?.aborted) throw caller.reason;
    const controller = new AbortController();
    const onAbort = () => controller.abort(caller!.reason);
    caller?.addEventListener("abort", onAbort);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, context.timeoutMs);
    try {
      const init: RequestInit = Object.assign({}, request.init);
      init.headers = request.headers;
      init.signal = controller.signal;
      const response = await (transport ? transport(new Request(request.url, init)) : fetch(request.url, init));
      auth?.observe?.(response);
      return { response, bytes: await readBody(response, request, maxBytes) };
    } catch (error) {
      if (caller?.aborted) throw caller.reason;
      const summary = summaryOf(request);
      if (timedOut) throw new TimeoutError(summary, context.timeoutMs);
      // Our own errors (a body over the limit) pass as they are.
      if (error instanceof CallspecError) throw error;
      const url = new URL(request.url);
      const port = url.port || (url.protocol === "https:" ? "443" : "80");
      throw new NetworkError({ ...summary, host: url.hostname, port }, { cause: error });
    } finally {
      clearTimeout(timer);
      caller?.removeEventListener("abort", onAbort);
    }
  }

  async function send(input: Draft | Request): Promise<Response> {
    // A request replaced by a caller's middleware has no context: judge it by its concrete path.
    const context = ((input as unknown as Record<string, unknown>)[CONTEXT] as CallContext | undefined) ?? {
      timeoutMs,
      retryable: policy.isRetryable({ method: input.method, path: new URL(input.url).pathname }),
      parseAs: "json",
    };
    // A real Request (built for a caller's middleware) becomes a draft, its body read once so that it can go again.
    const request =
      input instanceof Draft
        ? input
        : new Draft(input.url, {
            method: input.method,
            headers: input.headers,
            body: input.body && (await input.arrayBuffer()),
            signal: input.signal,
            redirect: input.redirect,
          });
    inspect?.(request);
    // A body goes out again as it is (a string, form data, bytes); a stream cannot.
    const again = !(request.body instanceof ReadableStream);
    const retryable = context.retryable && again && policy.maxRetries > 0;
    let retries = 0;
    let refreshed = false;
    for (;;) {
      const used = auth ? await auth.apply(request as unknown as Request) : undefined;
      let answer: { response: Response; bytes: Uint8Array | null };
      try {
        answer = await attempt(request, context);
      } catch (error) {
        if (retryable && error instanceof NetworkError && retries < policy.maxRetries) {
          await sleep(backoffDelay(policy, retries++), request.signal);
          continue;
        }
        throw error;
      }
      const { response, bytes } = answer;
      let decoded: string | undefined;
      const text = () => (decoded ??= bytes ? decoder.decode(bytes) : "");
      const refused = auth?.refused ? auth.refused(request, response, response.ok ? "" : text()) : response.status === 401;
      if (refused && auth?.refresh && !refreshed && again) {
        refreshed = true;
        // A caller who gave up while the credentials were renewed gets its own reason, not the refusal (nor
        // the renewal's failure, when the strategy stopped its own work on the caller's signal).
        const renewed = await auth.refresh(used, request).catch((error: unknown) => {
          if (request.signal?.aborted) return false;
          throw error;
        });
        if (request.signal?.aborted) throw request.signal.reason;
        if (renewed) continue;
      } else if (retryable && retries < policy.maxRetries && policy.statuses.includes(response.status)) {
        const told = parseRetryAfter(response.headers.get("Retry-After"));
        const wait = told === undefined ? backoffDelay(policy, retries) : Math.min(told, policy.maxRetryAfterMs);
        retries += 1;
        await sleep(wait, request.signal);
        continue;
      }
      if (!response.ok) throw toApiError(response, text(), summaryOf(request), auth?.secrets() ?? [], mapError);
      if (context.parseAs !== "json" || response.status === 204 || request.method === "HEAD") {
        // openapi-fetch reads the body as asked (text, blob, stream...): hand it a fresh copy of the bytes.
        return bytes && response.status !== 204 && response.status !== 304
          ? new Response(bytes as Uint8Array<ArrayBuffer>, response)
          : response;
      }
      decodeJson(response, bytes, request, rejectSuccess);
      return response;
    }
  }

  const client = createClient<Paths>({
    baseUrl: base.href.replace(/\/$/, ""),
    fetch: send as (input: Request) => Promise<Response>,
    pathSerializer: createPathSerializer(options.keepInPathSegments),
    querySerializer: setup.querySerializer,
    Request: Draft as never,
  });
  // biome-ignore lint/suspicious/noExplicitAny: the methods are wrapped generically
  const open = client as unknown as Record<string, (...args: any[]) => unknown>;
  let middleware = false;
  const use = open.use!;
  open.use = (...added: unknown[]) => {
    middleware = true;
    return use(...added);
  };
  // Async, so that a call refused by prepare() rejects like any other failure instead of throwing.
  for (const name of METHODS) {
    const original = open[name]!;
    open[name] = async (path: string, init?: Record<string, unknown>) => original(path, prepare(name, path, init));
  }
  const request = open.request!;
  open.request = async (method: string, path: string, init?: Record<string, unknown>) =>
    request(method, path, prepare(String(method).toUpperCase(), path, init));
  return client;
}

/** Method and URL of a request for messages, the query string left out. */
const summaryOf = (request: { method: string; url: string }) => ({ method: request.method, url: summarizeUrl(request.url) });

/** Reads the whole body inside the time limit, so that a connection cut mid-body is a NetworkError. */
async function readBody(response: Response, request: { method: string; url: string }, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get("Content-Length") ?? "NaN");
  const tooLarge = () =>
    new ApiError({
      status: response.status,
      ...summaryOf(request),
      vendorMessage: `response body larger than the ${maxBytes}-byte limit (maxResponseBytes)`,
    });
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return null;
  if (declared >= 0) return new Uint8Array(await response.arrayBuffer());
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
  return chunks.length === 1 ? chunks[0]! : new Uint8Array(await new Blob(chunks as Uint8Array<ArrayBuffer>[]).arrayBuffer());
}

const decoder = new TextDecoder();

/**
 * A success body read as JSON must be JSON. Plain text is handed over as a JSON string (the type the
 * spec declares for a text/plain answer); anything else, or broken or missing JSON, is a DecodeError.
 * The parsed value replaces the response's `json()` and `text()`, so openapi-fetch never decodes twice.
 */
function decodeJson(
  response: Response,
  bytes: Uint8Array | null,
  request: { method: string; url: string },
  rejectSuccess: RuntimeOptions["rejectSuccess"],
): void {
  const contentType = response.headers.get("Content-Type");
  const text = bytes ? decoder.decode(bytes) : "";
  const fail = (cause?: unknown) =>
    new DecodeError({ ...summaryOf(request), status: response.status, contentType }, text.slice(0, EXCERPT), { cause });
  let parsed: unknown;
  let json: string;
  if (contentType && /^text\/plain\b/i.test(contentType)) {
    parsed = text;
    json = JSON.stringify(text);
  } else if (text.trim() === "") {
    if (contentType && JSON_TYPE.test(contentType)) throw fail();
    parsed = undefined;
    json = "";
  } else {
    if (contentType && !JSON_TYPE.test(contentType)) throw fail();
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw fail(error);
    }
    json = text;
    // The details are built only for an error: most answers pass, and summarising the URL costs a URL parse.
    const rejected = rejectSuccess?.(parsed, () => ({
      ...summaryOf(request),
      status: response.status,
      body: parsed,
      requestId: response.headers.get("X-Request-Id") ?? undefined,
    }));
    if (rejected) throw rejected;
  }
  // Own properties by assignment: Object.defineProperties cost a microsecond more per call.
  const decoded = response as { json: () => Promise<unknown>; text: () => Promise<string> };
  decoded.json = () => Promise.resolve(parsed);
  decoded.text = () => Promise.resolve(json);
}

function toApiError(
  response: Response,
  raw: string,
  summary: { method: string; url: string },
  secrets: readonly string[],
  mapError: ErrorMapper,
): ApiError {
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
