/** The operation a request belongs to: its method and its path template from the spec. */
export interface OperationRef {
  method: string;
  path: string;
}

export interface RetryPolicy {
  /** Further attempts after the first. */
  maxRetries: number;
  /** Delay before the first retry; doubles each time, with equal jitter (half fixed, half random). */
  initialDelayMs: number;
  maxDelayMs: number;
  /** A `Retry-After` longer than this is cut down to it. */
  maxRetryAfterMs: number;
  /** Statuses worth another try. */
  statuses: readonly number[];
  /** Whether this operation may be sent twice. Decided per operation, never per method alone. */
  isRetryable: (operation: OperationRef) => boolean;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Only operations that change nothing on the server. */
export const onlySafeOperations = (operation: OperationRef): boolean => SAFE_METHODS.has(operation.method);

export const defaultRetryPolicy: RetryPolicy = {
  maxRetries: 2,
  initialDelayMs: 300,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
  statuses: [408, 429, 500, 502, 503, 504],
  isRetryable: onlySafeOperations,
};

/** Milliseconds from a `Retry-After` header (delta-seconds or an HTTP date), or undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** Exponential backoff with equal jitter for the given retry (0 = first retry): between half the ceiling and the ceiling. */
export function backoffDelay(policy: RetryPolicy, retry: number, random = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** retry);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Waits, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * The policy a client runs with: the defaults, the vendor's rule for which operations may be repeated, then the
 * caller's own settings over both; `false` turns retries off.
 */
export function retryPolicyOf(given: Partial<RetryPolicy> | false | undefined, vendorRule?: RetryPolicy["isRetryable"]): RetryPolicy {
  const base: RetryPolicy = vendorRule ? { ...defaultRetryPolicy, isRetryable: vendorRule } : defaultRetryPolicy;
  return given === false ? { ...base, maxRetries: 0 } : { ...base, ...given };
}
