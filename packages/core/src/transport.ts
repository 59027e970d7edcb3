import type { AuthStrategy } from "./auth.js";
import {
  type ApiError,
  CallspecError,
  DecodeError,
  NetworkError,
  RedirectError,
  ResponseTooLargeError,
  TimeoutError,
  summarizeUrl,
  type ApiErrorDetails,
  type RequestSummary,
} from "./errors.js";
import { backoffDelay, onlySafeOperations, parseRetryAfter, sleep, type RetryPolicy } from "./retry.js";
import { redact, redactDeep, scrubError } from "./secrets.js";

/** The `fetch` under everything: `globalThis.fetch` by default; tests and proxies plug in their own. */
export type Fetch = (input: Request, init?: RequestInit) => Promise<Response>;

/** What a vendor's error mapper gets to build its typed error from. */
export interface ErrorContext {
  status: number;
  method: string;
  url: string;
  headers: Headers;
  /** Parsed JSON when the body is JSON (secrets masked), otherwise undefined. */
  json: unknown;
  /** The body as text, cut to a short excerpt and with secrets masked. */
  excerpt: string;
}

/** Builds the error a vendor client throws for a non-success answer. */
export type ErrorMapper = (context: ErrorContext, base: ApiErrorDetails) => ApiError;

/** Inspects a successful JSON answer and returns an error when the vendor signals failure inside it (GWS `statusCode`). */
export type SuccessCheck = (json: unknown, details: () => ApiErrorDetails) => ApiError | undefined;

/** What the transport knows of one operation call, recorded by the client's middleware before it is sent. */
export interface CallContext {
  /** The spec's path template, e.g. `/Accounts/{AccountSid}`. */
  path: string;
  timeoutMs: number;
  /** Whether a failed attempt may be repeated. */
  retryable: boolean;
  /** How openapi-fetch will read the body: only `json` answers are checked here. */
  parseAs: string;
}

export interface TransportOptions {
  fetch: Fetch | undefined;
  auth: AuthStrategy | undefined;
  policy: RetryPolicy;
  timeoutMs: number;
  maxResponseBytes: number;
  mapError: ErrorMapper;
  rejectSuccess: SuccessCheck | undefined;
  /** Every secret the client knows now, configured or issued. */
  secrets: () => readonly string[];
  /** The context the client's middleware recorded for this request, if it did. */
  contextOf: (request: Request) => CallContext | undefined;
}

/** One request across its attempts: the body is read once, so that every attempt sends it unchanged. */
interface Outgoing extends RequestSummary {
  headers: Headers;
  body: ArrayBuffer | undefined;
  signal: AbortSignal | null;
  /** Whether a browser sends its cookies (`include` for a cross-origin session such as GWS's). */
  credentials: RequestCredentials;
}

interface Answer {
  response: Response;
  bytes: Uint8Array<ArrayBuffer>;
}

const EXCERPT = 300;
const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// 204, 205 and 304 answers carry no body, and a Response refuses one for them.
const BODILESS = new Set([204, 205, 304]);
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;
const decoder = new TextDecoder();

/**
 * The transport openapi-fetch is given as its `fetch`: auth, one attempt at a time under a time limit, the retry
 * decision, one credential renewal after a refusal, decoding, and typed errors with every known secret masked.
 */
export function createTransport(options: TransportOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      return await send(options, request);
    } catch (error) {
      // The caller's own abort reason is theirs: passed on untouched.
      if (request.signal?.aborted && error === request.signal.reason) throw error;
      throw scrubError(error, options.secrets());
    }
  };
}

async function send(options: TransportOptions, request: Request): Promise<Response> {
  const { auth, policy } = options;
  // A request replaced by a caller's middleware has no recorded context: it is sent once and not decoded here.
  const call = options.contextOf(request) ?? { path: "", timeoutMs: options.timeoutMs, retryable: false, parseAs: "" };
  const outgoing: Outgoing = {
    method: request.method,
    url: request.url,
    headers: request.headers,
    body: request.body ? await request.arrayBuffer() : undefined,
    signal: request.signal,
    credentials: request.credentials,
  };
  const retryable = call.retryable && policy.maxRetries > 0;
  let retries = 0;
  let renewed = false;
  for (;;) {
    const headers = new Headers(outgoing.headers);
    const used = auth
      ? await untilAborted(auth.apply({ method: outgoing.method, url: outgoing.url, headers, signal: outgoing.signal }), outgoing.signal)
      : undefined;
    let answer: Answer;
    try {
      answer = await attempt(options, outgoing, headers, call.timeoutMs);
    } catch (error) {
      const wait = retryable && error instanceof NetworkError ? retryDelay(policy, retries) : undefined;
      if (wait === undefined) throw error;
      retries += 1;
      await sleep(wait, outgoing.signal);
      continue;
    }
    const { response } = answer;
    if (!renewed && auth?.refresh && isRefusal(auth, outgoing, answer)) {
      renewed = true;
      if (await renewCredentials(auth, used, outgoing)) continue;
    } else if (retryable && policy.statuses.includes(response.status)) {
      const wait = retryDelay(policy, retries, response.headers.get("Retry-After"));
      if (wait !== undefined) {
        retries += 1;
        await sleep(wait, outgoing.signal);
        continue;
      }
    }
    if (!response.ok) throw toApiError(answer, outgoing, options);
    return decodeAnswer(answer, outgoing, call.parseAs, options);
  }
}

/** Waits for `work`, or rejects at once with the caller's reason when it aborts (the work goes on for others). */
function untilAborted<T>(work: T | Promise<T>, signal: AbortSignal | null): T | Promise<T> {
  // Work done already (a static credential) has nothing to wait for.
  if (!(work instanceof Promise)) return work;
  const promise = work;
  if (!signal) return promise;
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      promise.catch(() => undefined);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * One attempt: the request under its time limit, redirects handled here (a same-origin redirect of a safe
 * request is followed; anything else is a RedirectError, so that nothing crosses to another origin), and the
 * whole body read inside the limit, so that a connection cut mid-body is a NetworkError.
 */
async function attempt(options: TransportOptions, outgoing: Outgoing, headers: Headers, timeoutMs: number): Promise<Answer> {
  const caller = outgoing.signal;
  if (caller?.aborted) throw caller.reason;
  const controller = new AbortController();
  const onAbort = () => controller.abort(caller!.reason);
  caller?.addEventListener("abort", onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  let url = outgoing.url;
  try {
    for (let hops = 0; ; hops++) {
      const init: RequestInit = {
        method: outgoing.method,
        headers,
        body: outgoing.body,
        signal: controller.signal,
        credentials: outgoing.credentials,
        redirect: "manual",
      };
      // The global fetch builds its Request from the URL and init itself; a fetch plugged in gets one built here.
      const response = await (options.fetch ? options.fetch(new Request(url, init)) : fetch(url, init));
      options.auth?.observe?.(response);
      const refusal = redirectRefusal(response, outgoing.method, url, hops);
      if (refusal === undefined) {
        // Read here, inside the time limit; openapi-fetch gets the same answer over the bytes read.
        const bytes = await readWithin(response, options.maxResponseBytes);
        if (!bytes) throw new ResponseTooLargeError({ status: response.status, ...summaryOf(outgoing), limit: options.maxResponseBytes });
        return { response: new ReadResponse(bytes, response), bytes };
      }
      await response.body?.cancel();
      if (typeof refusal !== "string") throw new RedirectError({ ...summaryOf(outgoing), ...refusal });
      url = refusal;
    }
  } catch (error) {
    if (caller?.aborted) throw caller.reason;
    if (timedOut) throw new TimeoutError(summaryOf(outgoing), timeoutMs);
    // Our own errors (a redirect refused, a body over the limit) pass as they are.
    if (error instanceof CallspecError) throw error;
    const target = new URL(url);
    const port = target.port || (target.protocol === "https:" ? "443" : "80");
    throw new NetworkError({ ...summaryOf(outgoing), host: target.hostname, port }, { cause: error });
  } finally {
    clearTimeout(timer);
    caller?.removeEventListener("abort", onAbort);
  }
}

/**
 * For a redirect: the URL to follow, or why it is refused. Undefined for any other answer. A browser running
 * with `redirect: "manual"` hides the target (an opaque redirect), which is refused too.
 */
function redirectRefusal(
  response: Response,
  method: string,
  url: string,
  hops: number,
): string | { status: number; location: string; reason: string } | undefined {
  if (response.type === "opaqueredirect") return { status: 0, location: "", reason: "the browser hides its target" };
  const header = response.headers.get("Location");
  if (!REDIRECTS.has(response.status) || header === null) return undefined;
  let target: URL;
  try {
    target = new URL(header, url);
  } catch {
    return { status: response.status, location: "", reason: "no valid Location" };
  }
  const refuse = (reason: string) => ({ status: response.status, location: summarizeUrl(target.href), reason });
  if (!onlySafeOperations({ method, path: "" })) return refuse(`a ${method} is never sent twice`);
  if (target.origin !== new URL(url).origin) return refuse("another origin");
  if (hops >= MAX_REDIRECTS) return refuse("too many redirects");
  return target.href;
}

/**
 * The body as bytes, counted as decoded bytes while it streams in, or undefined when it passes `maxBytes`
 * (reading stops there and the rest is cancelled).
 */
export async function readWithin(response: Response, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  // Content-Length counts encoded bytes: only without an encoding does it tell the decoded size before reading.
  const declared = Number(response.headers.get("Content-Length") ?? Number.NaN);
  if (!response.headers.has("Content-Encoding") && declared > maxBytes) {
    response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** An answer whose body was read in full: the same status, headers, URL and redirect flag, over the bytes read. */
class ReadResponse extends Response {
  readonly #url: string;
  readonly #redirected: boolean;
  constructor(body: BodyInit, from: Response) {
    super(BODILESS.has(from.status) ? null : body, { status: from.status, statusText: from.statusText, headers: from.headers });
    this.#url = from.url;
    this.#redirected = from.redirected;
  }
  override get url(): string {
    return this.#url;
  }
  override get redirected(): boolean {
    return this.#redirected;
  }
}

/** Whether the answer refuses the credentials in a way a renewal can cure (by default a 401). */
function isRefusal(auth: AuthStrategy, outgoing: Outgoing, { response, bytes }: Answer): boolean {
  if (!auth.refused) return response.status === 401;
  return auth.refused(outgoing, response, response.ok ? "" : decoder.decode(bytes));
}

/**
 * Asks the strategy for fresh credentials. A caller who gave up meanwhile gets its own reason, not the
 * refusal, nor the renewal's failure when the strategy stopped its own work on the caller's signal.
 */
async function renewCredentials(auth: AuthStrategy, used: unknown, outgoing: Outgoing): Promise<boolean> {
  const renewal = auth.refresh!(used, outgoing).catch((error: unknown) => {
    if (outgoing.signal?.aborted) return false;
    throw error;
  });
  const renewed = await untilAborted(renewal, outgoing.signal);
  if (outgoing.signal?.aborted) throw outgoing.signal.reason;
  return renewed;
}

/** The wait before the next attempt, or undefined when the retries are used up. `Retry-After` wins, capped. */
function retryDelay(policy: RetryPolicy, retries: number, retryAfter?: string | null): number | undefined {
  if (retries >= policy.maxRetries) return undefined;
  const told = parseRetryAfter(retryAfter ?? null);
  return told === undefined ? backoffDelay(policy, retries) : Math.min(told, policy.maxRetryAfterMs);
}

/**
 * The answer for openapi-fetch to read, once checked. A success body read as JSON must be JSON; plain text is
 * handed over as a JSON string in a new Response (the type the spec declares for a text/plain answer);
 * anything else, broken or missing JSON, is a DecodeError.
 */
function decodeAnswer({ response, bytes }: Answer, outgoing: Outgoing, parseAs: string, options: TransportOptions): Response {
  if (parseAs !== "json" || BODILESS.has(response.status) || outgoing.method === "HEAD") return response;
  const contentType = response.headers.get("Content-Type");
  const text = decoder.decode(bytes);
  const fail = (cause?: unknown) =>
    new DecodeError({ ...summaryOf(outgoing), status: response.status, contentType }, redact(text.slice(0, EXCERPT), options.secrets()), {
      cause,
    });
  if (contentType && /^text\/plain\b/i.test(contentType)) return new ReadResponse(JSON.stringify(text), response);
  if (text.trim() === "") {
    if (contentType && JSON_TYPE.test(contentType)) throw fail();
    return response;
  }
  if (contentType && !JSON_TYPE.test(contentType)) throw fail();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw fail(error);
  }
  const rejected = options.rejectSuccess?.(parsed, () => ({
    ...summaryOf(outgoing),
    status: response.status,
    body: redactDeep(parsed, options.secrets()),
    requestId: response.headers.get("X-Request-Id") ?? undefined,
  }));
  if (rejected) throw rejected;
  return response;
}

/** The vendor's typed error for a non-success answer, its body parsed where it is JSON and its secrets masked. */
function toApiError({ response, bytes }: Answer, outgoing: Outgoing, options: TransportOptions): ApiError {
  const secrets = options.secrets();
  const raw = decoder.decode(bytes);
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
  const summary = summaryOf(outgoing);
  const details: ApiErrorDetails = {
    status: response.status,
    ...summary,
    body: json ?? (excerpt || undefined),
    vendorMessage: json === undefined && excerpt ? excerpt.replace(/\s+/g, " ").trim() : undefined,
    requestId: response.headers.get("X-Request-Id") ?? undefined,
    retryAfterMs: parseRetryAfter(response.headers.get("Retry-After")),
  };
  return options.mapError({ status: response.status, ...summary, headers: response.headers, json, excerpt }, details);
}

/** Method and URL of a request for messages, the query string left out. */
const summaryOf = (request: RequestSummary): RequestSummary => ({ method: request.method, url: summarizeUrl(request.url) });
