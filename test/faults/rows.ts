/** The fault matrix of issue 9: what each row plays and what every client must do. test/faults/matrix.ts tests each. */
export const ROWS: readonly { row: number; fault: string; outcome: string; needsLogin?: boolean }[] = [
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
    fault: "the login endpoint fails (401, 500, timeout)",
    outcome: "`AuthError`; one login request, no retry storm",
    needsLogin: true,
  },
  {
    row: 12,
    fault: "the caller's AbortSignal fires during a request or a backoff wait",
    outcome: "rejects at once with the caller's reason; nothing more is sent",
  },
  { row: 13, fault: "the vendor's own error envelope", outcome: "the vendor's typed error with its code and message" },
  { row: 14, fault: "a response larger than `maxResponseBytes`", outcome: "a typed error; reading stops, memory stays bounded" },
];
