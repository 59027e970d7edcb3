import { ConfigurationError } from "./errors.js";

const CONTROL = /[\u0000-\u001f\u007f]/;
// A header value is a ByteString: no control characters (CR/LF would split the header), nothing above U+00FF.
const NOT_IN_HEADER = /[\u0000-\u001f\u007f]|[^\u0000-\u00ff]/;

/** Whether a string holds a control character (CR/LF among them), which no credential or header may carry. */
export const hasControlCharacters = (value: string): boolean => CONTROL.test(value);

/** Whether a string can be sent as a header value as it is. */
export const isHeaderValue = (value: string): boolean => !NOT_IN_HEADER.test(value);

/** Rejects a value that cannot go in a header (control characters, characters above U+00FF), without echoing it. */
export function assertHeaderValue(value: unknown, what: string): asserts value is string {
  if (typeof value !== "string") throw new ConfigurationError(`${what} must be a string.`);
  if (!isHeaderValue(value)) {
    throw new ConfigurationError(`${what} has characters a header cannot carry.`);
  }
}

/** Rejects a missing, empty or unsendable credential at creation, without echoing it. */
export function assertCredential(value: unknown, what: string): asserts value is string {
  if (typeof value !== "string" || value.trim() === "") throw new ConfigurationError(`${what} is missing or empty.`);
  assertHeaderValue(value, what);
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

const CREDENTIALS_MODES = new Set<unknown>(["include", "same-origin", "omit"]);

/** Rejects a `credentials` mode fetch does not know, at creation rather than on the first call. */
export function assertCredentialsMode(mode: unknown): asserts mode is RequestCredentials | undefined {
  if (mode !== undefined && !CREDENTIALS_MODES.has(mode))
    throw new ConfigurationError('credentials must be "include", "same-origin" or "omit".');
}
