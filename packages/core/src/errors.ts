/** Base class of every error a callspec client throws on purpose. */
export class CallspecError extends Error {
  override name = "CallspecError";
}

/** Client options that cannot work (an empty token, a base URL that is not a URL...). Thrown at creation. */
export class ConfigurationError extends CallspecError {
  override name = "ConfigurationError";
}

/** A call the client refused before anything was sent: the server would have refused it, or acted wrongly on it. */
export class RequestRefusedError extends CallspecError {
  override name = "RequestRefusedError";
}

/** A path parameter that would send the request somewhere else than meant. Thrown before any request. */
export class PathParameterError extends RequestRefusedError {
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
export class ApiError<Body = unknown> extends CallspecError {
  override name = "ApiError";
  declare readonly status: number;
  declare readonly method: string;
  declare readonly url: string;
  declare readonly vendorCode?: string | number;
  declare readonly vendorMessage?: string;
  declare readonly requestId?: string;
  /** The parsed JSON body (secrets masked), or the text excerpt when the body is not JSON. */
  declare readonly body?: Body | string;
  declare readonly retryAfterMs?: number;

  constructor(details: ApiErrorDetails) {
    const what = details.vendorMessage ? `: ${details.vendorMessage}` : "";
    const code = details.vendorCode !== undefined ? ` (vendor code ${details.vendorCode})` : "";
    super(`${details.method} ${details.url} answered ${details.status}${code}${what}`);
    Object.assign(this, details);
  }
}

/**
 * A redirect the client would not follow: the request was not safe to repeat (it may have acted), the target is
 * another origin (the request carries credentials), or there were too many hops. `location` is the target
 * without its query string; an empty one means the browser hid it.
 */
export class RedirectError extends ApiError {
  override name = "RedirectError";
  declare readonly location: string;
  constructor(details: ApiErrorDetails & { location: string; reason: string }) {
    const { location, reason, ...rest } = details;
    super({ ...rest, vendorMessage: `redirect to ${location || "?"} not followed (${reason})` });
    Object.assign(this, { location });
  }
}

/** The answer's body, counted as decoded bytes while it streams in, passed `maxResponseBytes`; reading stopped there. */
export class ResponseTooLargeError extends ApiError {
  override name = "ResponseTooLargeError";
  declare readonly limit: number;
  constructor(details: ApiErrorDetails & { limit: number }) {
    const { limit, ...rest } = details;
    super({ ...rest, vendorMessage: `body over the ${limit}-byte limit (maxResponseBytes)` });
    Object.assign(this, { limit });
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
    /** The start of the body, secrets masked. */
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

/**
 * The server refused the credentials (the login was refused, or it answered without a token). A login that
 * got no answer at all is a `NetworkError` or `TimeoutError` instead.
 */
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

/** The URL without its query string and credentials, for messages. */
export function summarizeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    // Not a URL: nothing of it is shown, as it may hold a user name and password.
    return "(not a URL)";
  }
}
