import { ConfigurationError } from "./errors.js";

const CONTROL = /[\u0000-\u001f\u007f]/;
// A header value is a ByteString: nothing above U+00FF (and no control character: CR/LF would split the header).
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * Rejects a value that cannot be sent, without echoing it: one with a control character, and for a header
 * also one with a character above U+00FF. In a body (a password, a client secret) any other character goes.
 */
export function assertSendable(value: unknown, what: string, inHeader = true): asserts value is string {
  if (typeof value !== "string") throw new ConfigurationError(`${what} must be a string.`);
  if (CONTROL.test(value) || (inHeader && BEYOND_LATIN1.test(value))) {
    throw new ConfigurationError(`${what} has characters ${inHeader ? "a header" : "a credential"} cannot carry.`);
  }
}

/** Rejects a missing, empty or unsendable credential at creation, without echoing it. */
export function assertCredential(value: unknown, what: string, inHeader = true): asserts value is string {
  if (typeof value !== "string" || value.trim() === "") throw new ConfigurationError(`${what} is missing or empty.`);
  assertSendable(value, what, inHeader);
}

/**
 * An absolute http(s) base URL without credentials, query or fragment (paths are appended to it), returned
 * without its trailing slash. Nothing of a refused value is echoed: it may hold a password.
 */
export function parseBaseUrl(value: unknown, what = "baseUrl"): string {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    throw new ConfigurationError(`${what} must be an absolute http(s) URL.`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new ConfigurationError(`${what} must use http or https.`);
  if (url.username || url.password) throw new ConfigurationError(`${what} must not hold credentials; pass them as auth options.`);
  if (/[?#]/.test(String(value))) throw new ConfigurationError(`${what} must not have a query or fragment.`);
  return url.href.replace(/\/+$/, "");
}

/** Rejects a time limit that is not a positive number of milliseconds. */
export function assertTimeout(ms: unknown): asserts ms is number {
  if (typeof ms !== "number" || !Number.isFinite(ms) || ms <= 0) {
    throw new ConfigurationError(`timeoutMs must be a positive number of milliseconds, not ${String(ms)}.`);
  }
}

/** The decoded-byte limit of an answer: `maxResponseBytes` as given, or 64 MiB. */
export function byteLimitOf(value: unknown = 64 * 1024 * 1024): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0)
    throw new ConfigurationError("maxResponseBytes must be a whole number of bytes.");
  return value as number;
}

const CREDENTIALS_MODES = new Set<unknown>(["include", "same-origin", "omit"]);

/** Rejects a `credentials` mode fetch does not know, at creation rather than on the first call. */
export function assertCredentialsMode(mode: unknown): asserts mode is RequestCredentials | undefined {
  if (mode !== undefined && !CREDENTIALS_MODES.has(mode))
    throw new ConfigurationError('credentials must be "include", "same-origin" or "omit".');
}
