/** The fault matrix: what each row plays and what every client must do. test/faults/matrix.ts tests each. */
export const ROWS: readonly { row: number; fault: string; outcome: string; needsLogin?: boolean; needsLazyLogin?: boolean }[] = [
  {
    row: 1,
    fault: "connection refused (closed port)",
    outcome: "`NetworkError` naming host and port; safe operations retried per policy, unsafe ones sent once",
  },
  { row: 2, fault: "server accepts and never answers", outcome: "`TimeoutError` after the configured time; the socket is closed" },
  { row: 3, fault: "socket closed halfway through the body", outcome: "`NetworkError`, retried only for safe operations" },
  {
    row: 4,
    fault: "429 with `Retry-After` in seconds or as an HTTP date",
    outcome: "waits as told (capped by `maxRetryAfterMs`), then succeeds; a POST gets the typed 429 error after one request",
  },
  {
    row: 5,
    fault: "500, 502, 503, 504",
    outcome: "safe operations retried with backoff, then the vendor's typed error; unsafe ones sent once",
  },
  {
    row: 6,
    fault: "502 with an HTML page from a proxy",
    outcome: "the vendor's typed error with a short excerpt of the page (≤ 300 characters), no JSON parse crash",
  },
  {
    row: 7,
    fault: "200 with malformed JSON, or with an empty body where JSON is declared",
    outcome: "`DecodeError` with an excerpt, never `undefined` data",
  },
  {
    row: 8,
    fault: "200 with the wrong content type",
    outcome: "`DecodeError` (text/plain is handed over as a string where the spec declares text)",
  },
  {
    row: 9,
    fault: "401 with an expired token",
    outcome: "one fresh login, the request repeated once; a second 401 surfaces, no loop",
    needsLogin: true,
  },
  { row: 10, fault: "20 parallel calls all getting 401 at once", outcome: "exactly one login request; all 20 complete", needsLogin: true },
  {
    row: 11,
    fault: "the login endpoint refuses (401, 500) or gets no answer (refused connection, timeout)",
    outcome: "`AuthError` for a refusal, `NetworkError` or `TimeoutError` for no answer; one login request, no retry storm",
    needsLogin: true,
  },
  {
    row: 12,
    fault: "the caller's AbortSignal fires during a request or a backoff wait",
    outcome: "rejects at once with the caller's reason; nothing more is sent",
  },
  { row: 13, fault: "the vendor's own error envelope", outcome: "the vendor's typed error with its code and message" },
  {
    row: 14,
    fault: "a response larger than `maxResponseBytes`, plain or gzip-compressed",
    outcome: "`ResponseTooLargeError` counted in decoded bytes as they stream; reading stops at the limit, memory stays bounded",
  },
  {
    row: 15,
    fault: "a redirect (301, 302, 307, 308) to another origin, or answering a request that may have acted",
    outcome:
      "`RedirectError` naming the Location, never a silent GET; nothing (header, cookie, body) reaches the other origin; " +
      "a same-origin redirect of a safe request is followed",
  },
  {
    row: 16,
    fault: "a server that echoes the credentials back (in an error, an HTML page, a truncated answer, a refused login)",
    outcome: "no configured or issued secret in the message, stack, `String`, `JSON.stringify`, `util.inspect` or any cause",
  },
  {
    row: 17,
    fault: "the caller aborts while the first login is still running",
    outcome: "rejects at once with the caller's reason; the login goes on for other calls",
    needsLazyLogin: true,
  },
  {
    row: 18,
    fault: "credentials in `baseUrl`, a credential that cannot go in a header",
    outcome: "`ConfigurationError` at creation, the value never echoed",
  },
];
