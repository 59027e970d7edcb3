/** Base class of every error a callspec client throws on purpose. */
export class CallspecError extends Error {
  override name = "CallspecError";
}

/** A path parameter that would send the request somewhere else than meant. Thrown before any request. */
export class PathParameterError extends CallspecError {
  override name = "PathParameterError";
  constructor(
    readonly parameter: string,
    readonly path: string,
    reason: string,
  ) {
    super(`Path parameter "${parameter}" of ${path} ${reason}; nothing was sent.`);
  }
}

export interface RequestSummary {
  method: string;
  /** Origin and path only: the query string is dropped, as it may carry credentials. */
  url: string;
}

export interface ApiErrorDetails extends RequestSummary {
  status: number;
  /** The vendor's own error code (Kazoo `error`, GWS `statusCode`, jtel `status`...), when it sends one. */
  vendorCode?: string | number;
  /** The vendor's own message, or a short excerpt of a non-JSON body. */
  vendorMessage?: string;
  requestId?: string;
  /** The parsed JSON body, or the text excerpt when the body is not JSON. */
  body?: unknown;
  retryAfterMs?: number;
}

/** The server answered with a status the operation does not count as success. */
export class ApiError extends CallspecError {
  override name = "ApiError";
  declare readonly status: number;
  declare readonly method: string;
  declare readonly url: string;
  declare readonly vendorCode?: string | number;
  declare readonly vendorMessage?: string;
  declare readonly requestId?: string;
  declare readonly body?: unknown;
  declare readonly retryAfterMs?: number;

  constructor(details: ApiErrorDetails) {
    const what = details.vendorMessage ? `: ${details.vendorMessage}` : "";
    const code = details.vendorCode !== undefined ? ` (vendor code ${details.vendorCode})` : "";
    super(`${details.method} ${details.url} answered ${details.status}${code}${what}`);
    Object.assign(this, details);
  }
}

/** The request never got an HTTP answer: refused, reset, DNS failure, closed mid-body. */
export class NetworkError extends CallspecError {
  override name = "NetworkError";
  constructor(
    readonly request: RequestSummary & { host: string; port: string },
    options?: { cause?: unknown },
  ) {
    const reason = describeCause(options?.cause);
    super(`${request.method} ${request.url} failed: no answer from ${request.host}:${request.port}${reason}`, options);
  }
}

/** No answer within the configured time; the connection was aborted. */
export class TimeoutError extends CallspecError {
  override name = "TimeoutError";
  constructor(
    readonly request: RequestSummary,
    readonly timeoutMs: number,
  ) {
    super(`${request.method} ${request.url} timed out after ${timeoutMs} ms`);
  }
}

/** A success status whose body is not what the operation declares (malformed or missing JSON). */
export class DecodeError extends CallspecError {
  override name = "DecodeError";
  constructor(
    readonly request: RequestSummary & { status: number; contentType: string | null },
    readonly excerpt: string,
    options?: { cause?: unknown },
  ) {
    super(
      `${request.method} ${request.url} answered ${request.status} with a body that is not valid JSON` +
        ` (content-type ${request.contentType ?? "none"}): ${JSON.stringify(excerpt)}`,
      options,
    );
  }
}

/** Logging in (or refreshing a token) failed; the original request was not sent again. */
export class AuthError extends CallspecError {
  override name = "AuthError";
  constructor(
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

function describeCause(cause: unknown): string {
  // undici puts the system error (ECONNREFUSED, ECONNRESET...) one level down.
  const c = cause as { code?: unknown; cause?: { code?: unknown } } | undefined;
  const code = c?.code ?? c?.cause?.code;
  return typeof code === "string" ? ` (${code})` : "";
}

/** Replaces every occurrence of each secret by a fixed mask. Secrets shorter than 4 characters are left alone. */
export function redact(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join("[REDACTED]");
  }
  return out;
}

/** `redact` applied to every string (keys included) of a parsed JSON value. */
export function redactDeep(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === "string") return redact(value, secrets);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k, secrets), redactDeep(v, secrets)]));
  }
  return value;
}

/** The URL without its query string and credentials, for messages. */
export function summarizeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url.split("?")[0] ?? url;
  }
}

/** Client options that cannot work (an empty token, a base URL that is not a URL...). Thrown at creation. */
export class ConfigurationError extends CallspecError {
  override name = "ConfigurationError";
}
