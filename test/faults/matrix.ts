import {
  type ApiError,
  AuthError,
  CallspecError,
  ConfigurationError,
  DecodeError,
  NetworkError,
  RedirectError,
  ResponseTooLargeError,
  TimeoutError,
} from "@callspec/core";
import type { ServerResponse } from "node:http";
import { inspect } from "node:util";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { json, localServer, type Handler, type Recorded } from "../support/local-server.js";
import type { FaultAdapter } from "./adapters.js";

// Fast policy for the matrix: the behaviour is the same as the defaults, the waits are short.
// Rows that are not about time limits get a generous one, so that a busy machine does not fail them;
// the rows that are (2, and 11's hanging login) use a short one.
const options = { timeoutMs: 10_000, retry: { maxRetries: 2, initialDelayMs: 20, maxDelayMs: 40, maxRetryAfterMs: 1_500 } };
const hangOptions = { ...options, timeoutMs: 300 };
const ATTEMPTS_SAFE = 3;

let open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.map((s) => s.close()));
  open = [];
});

async function server(handler: Handler) {
  const s = await localServer(handler);
  open.push(s);
  return s;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

/** Every way an error gets printed or logged, for it and each error in its cause chain. */
function viewsOf(error: unknown): string {
  const views: string[] = [];
  const seen = new Set<unknown>();
  for (let e = error; e instanceof Error && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    views.push(String(e), e.stack ?? "", JSON.stringify(e) ?? "", inspect(e, { depth: 10 }));
  }
  return views.join("\n");
}

function expectNoSecret(adapter: FaultAdapter, error: unknown, more: string[] = []) {
  const views = viewsOf(error);
  for (const secret of [...adapter.secrets, ...more]) {
    expect(views).not.toContain(secret);
    expect(views).not.toContain(Buffer.from(secret).toString("base64"));
  }
}

/** The credential-bearing headers of a recorded request. */
const credentialsOf = (req: { headers: Record<string, unknown> }) =>
  Object.fromEntries(Object.entries(req.headers).filter(([name]) => /authorization|auth-token|cookie|csrf/i.test(name)));

/** 16 MiB of spaces, gzip-compressed to about 16 KiB: well under a 256 KiB limit, far over it once decoded. */
let bomb: Buffer | undefined;
const gzipBomb = () => (bomb ??= gzipSync(Buffer.alloc(16 * 1024 * 1024, 0x20)));

/** A token the fault server issues at a login, to be kept out of errors like a configured secret. */
const ISSUED = "live-issued-token-0123456789abcdef";

/** Makes a login answer (what `grant` writes) come as an HTML page, or cut off right after the token. */
function spoilGrant(res: ServerResponse, how: "html" | "truncated"): void {
  if (how === "html") {
    const writeHead = res.writeHead.bind(res);
    res.writeHead = ((status: number) => writeHead(status, { "content-type": "text/html" })) as never;
    return;
  }
  const end = res.end.bind(res);
  res.end = ((chunk: unknown) => {
    const text = String(chunk);
    return end(text.slice(0, text.indexOf(ISSUED) + ISSUED.length + 1));
  }) as never;
}

const protectedRequests = (
  adapter: FaultAdapter,
  reqs: { method: string; url: string; headers: Record<string, unknown>; body: string }[],
) => reqs.filter((r) => !adapter.login?.isLogin(r as never));

/** The fault matrix for one vendor client: call it from test/<vendor>/faults.test.ts. */
export function faultMatrix(adapter: FaultAdapter): void {
  describe(`${adapter.vendor} client under faults`, () => {
    it("1 connection refused: NetworkError naming host and port; safe retried, unsafe not", async () => {
      const s = await server(() => undefined);
      await s.close();
      let attempts = 0;
      const counting = (input: Request, init?: RequestInit) => {
        attempts++;
        return fetch(input, init);
      };
      const calls = adapter.create(s.url, { ...options, fetch: counting });
      const safe = await caught(() => calls.safe());
      expect(safe).toBeInstanceOf(NetworkError);
      expect((safe as Error).message).toContain(`127.0.0.1:${s.port}`);
      expect(attempts).toBe(ATTEMPTS_SAFE);
      attempts = 0;
      expect(await caught(() => calls.unsafe())).toBeInstanceOf(NetworkError);
      expect(attempts).toBe(1);
      expectNoSecret(adapter, safe);
    });

    it("2 never answers: TimeoutError after the configured time, socket closed", async () => {
      let closed = 0;
      const s = await server((_, res) => res.socket?.once("close", () => closed++));
      const calls = adapter.create(s.url, hangOptions);
      const [error, ms] = await timed(() => caught(() => calls.unsafe()));
      expect(error).toBeInstanceOf(TimeoutError);
      expect(ms).toBeGreaterThanOrEqual(290);
      expect(ms).toBeLessThan(1_500);
      await new Promise((r) => setTimeout(r, 50));
      expect(closed).toBe(1);
      expect(s.requests).toHaveLength(1);
    });

    it("3 socket closed mid-body: NetworkError, retried only if safe", async () => {
      const s = await server((_, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
        res.write('{"partial": ');
        setTimeout(() => res.socket?.destroy(), 10);
      });
      const calls = adapter.create(s.url, options);
      expect(await caught(() => calls.safe())).toBeInstanceOf(NetworkError);
      expect(s.requests).toHaveLength(ATTEMPTS_SAFE);
      expect(await caught(() => calls.unsafe())).toBeInstanceOf(NetworkError);
      expect(s.requests).toHaveLength(ATTEMPTS_SAFE + 1);
    });

    it.each([
      // An HTTP date has 1 s resolution: "now + 2 s" means a wait between 1 and 2 s.
      ["seconds", () => "1", 950],
      ["an HTTP date", () => new Date(Date.now() + 2_000).toUTCString(), 950],
    ])("4 429 with Retry-After in %s: waits as told, then succeeds; POST not retried", async (_, retryAfter, minMs) => {
      const s = await server((_, res, i) =>
        i === 0 ? json(res, 429, { message: "slow down" }, { "retry-after": retryAfter() }) : json(res, 200, []),
      );
      const calls = adapter.create(s.url, { ...options, retry: { ...options.retry, maxRetryAfterMs: 5_000 } });
      const [, ms] = await timed(() => calls.safe());
      expect(s.requests).toHaveLength(2);
      expect(ms).toBeGreaterThanOrEqual(minMs);
      expect(ms).toBeLessThan(2_500);
      const unsafe = await server((_, res) => json(res, 429, { message: "slow down" }, { "retry-after": "1" }));
      const error = (await caught(() => adapter.create(unsafe.url, options).unsafe())) as ApiError;
      expect(error).toBeInstanceOf(adapter.errorClass);
      expect(error.status).toBe(429);
      expect(error.retryAfterMs).toBe(1_000);
      expect(unsafe.requests).toHaveLength(1);
    });

    it("4 a Retry-After past the cap is cut to maxRetryAfterMs", async () => {
      const s = await server((_, res, i) => (i === 0 ? json(res, 503, {}, { "retry-after": "3600" }) : json(res, 200, [])));
      const [, ms] = await timed(() => adapter.create(s.url, options).safe());
      expect(ms).toBeGreaterThanOrEqual(1_400);
      expect(ms).toBeLessThan(3_000);
    });

    it.each([500, 502, 503, 504])("5 %i: safe retried with backoff then a typed error; unsafe once", async (status) => {
      const s = await server((_, res) => json(res, status, { msg: "upstream trouble" }));
      const calls = adapter.create(s.url, options);
      const error = (await caught(() => calls.safe())) as ApiError;
      expect(error).toBeInstanceOf(adapter.errorClass);
      expect(error.status).toBe(status);
      expect(s.requests).toHaveLength(ATTEMPTS_SAFE);
      expect(((await caught(() => calls.unsafe())) as ApiError).status).toBe(status);
      expect(s.requests).toHaveLength(ATTEMPTS_SAFE + 1);
    });

    it("6 502 with an HTML page: typed error with a short excerpt", async () => {
      const page = `<html><head><title>502 Bad Gateway</title></head><body>${"<p>nginx</p>".repeat(200)}</body></html>`;
      const s = await server((_, res) => {
        res.writeHead(502, { "content-type": "text/html" });
        res.end(page);
      });
      const error = (await caught(() => adapter.create(s.url, options).unsafe())) as ApiError;
      expect(error).toBeInstanceOf(adapter.errorClass);
      expect(error.status).toBe(502);
      expect(error.vendorMessage).toMatch(/^<html><head><title>502 Bad Gateway/);
      expect(error.vendorMessage!.length).toBeLessThanOrEqual(301);
    });

    it.each([
      ["malformed JSON", "application/json", '{"sid": "a3'],
      ["an empty body", "application/json", ""],
      ["the wrong content type", "text/html", "<html>ok</html>"],
    ])("7/8 200 with %s: DecodeError, not undefined data", async (_, type, body) => {
      const s = await server((_, res) => {
        res.writeHead(200, { "content-type": type });
        res.end(body);
      });
      const error = (await caught(() => adapter.create(s.url, options).safe())) as DecodeError;
      expect(error).toBeInstanceOf(DecodeError);
      expect(error.excerpt).toBe(body);
      expect(s.requests).toHaveLength(1);
    });

    it("12 caller abort during a request and during a backoff: at once, nothing more sent", async () => {
      const hang = await server(() => undefined);
      const controller = new AbortController();
      setTimeout(() => controller.abort(new Error("caller abort")), 50);
      const [error, ms] = await timed(() =>
        caught(() => adapter.create(hang.url, { ...options, timeoutMs: 5_000 }).safe(controller.signal)),
      );
      expect((error as Error).message).toBe("caller abort");
      expect(ms).toBeLessThan(1_000);
      const busy = await server((_, res) => json(res, 503, {}, { "retry-after": "5" }));
      const second = new AbortController();
      setTimeout(() => second.abort(new Error("caller abort in backoff")), 100);
      const [error2, ms2] = await timed(() =>
        caught(() => adapter.create(busy.url, { ...options, retry: { ...options.retry, maxRetryAfterMs: 10_000 } }).safe(second.signal)),
      );
      expect((error2 as Error).message).toBe("caller abort in backoff");
      expect(ms2).toBeLessThan(1_000);
      await new Promise((r) => setTimeout(r, 100));
      expect(busy.requests).toHaveLength(1);
    });

    it("13 the vendor's error envelope maps to its typed error", async () => {
      const s = await server((_, res) => json(res, adapter.envelope.status, adapter.envelope.body));
      const error = (await caught(() => adapter.create(s.url, options).unsafe())) as ApiError;
      expect(error).toBeInstanceOf(adapter.errorClass);
      expect(error.status).toBe(adapter.envelope.status);
      expect(error.vendorMessage).toBe(adapter.envelope.vendorMessage);
      expect(error.vendorCode).toBe(adapter.envelope.vendorCode);
      expectNoSecret(adapter, error);
    });

    it("14 a body over the limit: typed error, reading stops", async () => {
      let written = 0;
      const s = await server((_, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        const chunk = "x".repeat(64 * 1024);
        const pump = () => {
          while (written < 64 * 1024 * 1024 && res.write(chunk)) written += chunk.length;
          if (written < 64 * 1024 * 1024) res.once("drain", pump);
          else res.end();
        };
        res.socket?.once("close", () => res.removeAllListeners("drain"));
        pump();
      });
      const error = (await caught(() =>
        adapter.create(s.url, { ...options, timeoutMs: 5_000, maxResponseBytes: 256 * 1024 }).unsafe(),
      )) as ApiError;
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      expect(error.vendorMessage).toContain("262144-byte limit");
      expect(written).toBeLessThan(16 * 1024 * 1024);
    });

    it("14 a gzip body under the limit that decodes past it: ResponseTooLargeError, counted in decoded bytes", async () => {
      const packed = gzipBomb();
      const s = await server((_, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip", "content-length": String(packed.length) });
        res.end(packed);
      });
      const limit = 256 * 1024;
      expect(packed.length).toBeLessThan(limit);
      const [error, ms] = await timed(() => caught(() => adapter.create(s.url, { ...options, maxResponseBytes: limit }).safe()));
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      expect((error as ResponseTooLargeError).limit).toBe(limit);
      expect(ms).toBeLessThan(5_000);
      expect(s.requests).toHaveLength(1);
    }, 15_000);

    it.each([301, 302, 307, 308])("15 a %i to another origin: RedirectError naming the Location, nothing reaches it", async (status) => {
      const other = await server((_, res) => json(res, 200, []));
      const s = await server((_, res) => {
        res.writeHead(status, { location: `${other.url}/elsewhere?sig=abc` });
        res.end();
      });
      const calls = adapter.create(s.url, options);
      for (const call of [calls.safe, calls.unsafe]) {
        const error = (await caught(() => call())) as RedirectError;
        expect(error).toBeInstanceOf(RedirectError);
        expect(error.status).toBe(status);
        expect(error.location).toBe(`${other.url}/elsewhere`);
        expect(error.message).toContain(`${other.url}/elsewhere`);
        expectNoSecret(adapter, error);
      }
      expect(other.requests).toHaveLength(0);
      expect(s.requests).toHaveLength(2);
    });

    it("15 same origin: a safe request follows the redirect with its credentials, an unsafe one is refused", async () => {
      const s = await server((req, res) => {
        if (req.url.startsWith("/moved")) return json(res, 200, []);
        res.writeHead(req.method === "GET" ? 302 : 301, { location: `/moved${req.url}` });
        res.end();
      });
      const calls = adapter.create(s.url, options);
      await calls.safe();
      expect(s.requests.map((r) => r.url.startsWith("/moved"))).toEqual([false, true]);
      expect(credentialsOf(s.requests[1]!)).toEqual(credentialsOf(s.requests[0]!));
      const error = (await caught(() => calls.unsafe())) as RedirectError;
      expect(error).toBeInstanceOf(RedirectError);
      expect(error.location).toMatch(new RegExp(`^${s.url}/moved/`));
      expect(s.requests).toHaveLength(3);
    });

    it.each([
      ["an error echoing the request", (req: Recorded, res: ServerResponse) => json(res, 400, { echo: req })],
      [
        // Without the field names, only the secrets the client knows can be recognised.
        "an error echoing the words of the request",
        (req: Recorded, res: ServerResponse) =>
          json(res, 400, {
            message: `rejected: ${decodeURIComponent(`${JSON.stringify(req.headers)} ${req.body}`).replace(/[{}"=&:,]/g, " ")}`,
          }),
      ],
      [
        "an HTML page echoing it",
        (req: Recorded, res: ServerResponse) => {
          res.writeHead(200, { "content-type": "text/html" });
          res.end(`<html><pre>${JSON.stringify(req)}</pre></html>`);
        },
      ],
      [
        "a truncated answer echoing it",
        (req: Recorded, res: ServerResponse) => {
          res.writeHead(200, { "content-type": "application/json" });
          res.end(JSON.stringify({ echo: req }).slice(0, -4));
        },
      ],
    ])("16 %s: no credential in any view of the error or its causes", async (_, answer) => {
      const s = await server(answer);
      const error = await caught(() => adapter.create(s.url, { ...options, retry: { maxRetries: 0 } }).unsafe());
      expect(error).toBeInstanceOf(CallspecError);
      expectNoSecret(adapter, error);
      if (!adapter.login) return;
      const refused = await caught(() => adapter.login!.create(s.url, options));
      expect(refused).toBeInstanceOf(CallspecError);
      expectNoSecret(adapter, refused);
    });

    it("18 credentials in baseUrl: ConfigurationError at creation, the password not echoed", async () => {
      const s = await server((_, res) => json(res, 200, []));
      const error = await caught(async () => adapter.create(s.url.replace("http://", "http://admin:Hunter2-in-the-url@"), options));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(viewsOf(error)).not.toContain("Hunter2-in-the-url");
      expect(s.requests).toHaveLength(0);
    });

    it.each([
      ["above U+00FF", "t\u00f6k\u00e9n-\u20ac-0123456789"],
      ["with CR/LF", "abc0123456789\r\nX-Injected: 1"],
    ])("18 a credential %s: refused at creation or sent intact, never a raw TypeError", async (_, credential) => {
      const s = await server((_, res) => json(res, 200, []));
      let calls: ReturnType<FaultAdapter["withCredential"]>;
      try {
        calls = adapter.withCredential(s.url, credential);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigurationError);
        expect(viewsOf(error)).not.toContain(credential);
        expect(s.requests).toHaveLength(0);
        return;
      }
      // Only a credential that travels encoded (HTTP Basic's base64) may get this far.
      await calls.safe();
      expect(s.requests.every((r) => !("x-injected" in r.headers))).toBe(true);
    });

    // A vendor without a login (a static key only) has no row here, rather than skipped ones.
    const flow = adapter.login;
    if (flow)
      describe("login flow", () => {
        it("9 an expired token: one fresh login, the request repeated once; a second 401 surfaces", async () => {
          let issued = 0;
          let valid = "";
          const s = await server((req, res) => {
            if (flow.isLogin(req)) {
              valid = `token-${++issued}-abcdef`;
              return flow.grant(res, valid);
            }
            if (flow.tokenOf(req) === valid && issued === 2) return json(res, 200, []);
            json(res, 401, { message: "expired" });
          });
          const calls = await flow.create(s.url, options);
          await calls.unsafe().catch(() => undefined);
          expect(issued).toBe(2);
          expect(protectedRequests(adapter, s.requests)).toHaveLength(2);
          const before = s.requests.length;
          valid = "never";
          const error = (await caught(() => calls.unsafe())) as ApiError;
          expect(error.status).toBe(401);
          expect(issued).toBe(3);
          expect(s.requests.length - before).toBe(3);
          expectNoSecret(adapter, error);
        });

        it("10 twenty parallel calls refused at once: exactly one login, all complete", async () => {
          let issued = 0;
          let valid = "";
          const s = await server((req, res) => {
            if (flow.isLogin(req)) {
              valid = `token-${++issued}-abcdef`;
              return flow.grant(res, valid);
            }
            if (issued >= 2 && flow.tokenOf(req) === valid) return json(res, 200, []);
            json(res, 401, { message: "expired" });
          });
          // Row 10 is about the single login, not timeouts: 40 requests at once miss a 300 ms limit on a loaded 2-core box.
          const calls = await flow.create(s.url, options);
          const results = await Promise.allSettled(Array.from({ length: 20 }, () => calls.safe()));
          expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(20);
          expect(issued).toBe(2);
        });

        it.each([
          ["401", (res: Parameters<Handler>[1]) => json(res, 401, { message: "bad credentials" }), AuthError],
          ["500", (res: Parameters<Handler>[1]) => json(res, 500, { message: "down" }), AuthError],
          ["a timeout", () => undefined, TimeoutError],
        ])("11 the login itself fails with %s: a typed error, no retry storm", async (_, answer, kind) => {
          const s = await server((req, res) => (flow.isLogin(req) ? answer(res) : json(res, 200, [])));
          const error = await caught(() => flow.create(s.url, hangOptions));
          expect(error).toBeInstanceOf(kind);
          expect(s.requests).toHaveLength(1);
          expectNoSecret(adapter, error);
        });

        it("11 a refused connection during the login stays a NetworkError, not an AuthError", async () => {
          const s = await server(() => undefined);
          await s.close();
          const error = await caught(() => flow.create(s.url, options));
          expect(error).toBeInstanceOf(NetworkError);
          expect(error).not.toBeInstanceOf(AuthError);
          expectNoSecret(adapter, error);
        });

        it("15 a login redirected to another origin: nothing reaches it, no credential in the error", async () => {
          const other = await server((_, res) => json(res, 200, []));
          const s = await server((req, res) => {
            res.writeHead(307, { location: `${other.url}${req.url}` });
            res.end();
          });
          const error = await caught(() => flow.create(s.url, options));
          expect(error).toBeInstanceOf(CallspecError);
          expect(viewsOf(error)).toContain("RedirectError");
          expect(other.requests).toHaveLength(0);
          expectNoSecret(adapter, error);
        });

        it.each(["html", "truncated"] as const)("16 a login answered as %s: the issued token is in no error", async (how) => {
          const s = await server((req, res) => {
            if (!flow.isLogin(req)) return json(res, 200, []);
            spoilGrant(res, how);
            flow.grant(res, ISSUED);
          });
          const error = await caught(() => flow.create(s.url, options));
          expect(error).toBeInstanceOf(CallspecError);
          expectNoSecret(adapter, error, [ISSUED]);
        });

        if (flow.lazy)
          it("17 the caller aborts during the first login: rejects at once with its reason", async () => {
            const s = await server((req, res) => {
              if (flow.isLogin(req)) setTimeout(() => flow.grant(res, ISSUED), 3_000);
              else json(res, 200, []);
            });
            const controller = new AbortController();
            setTimeout(() => controller.abort(new Error("caller gave up")), 100);
            const calls = flow.lazy!(s.url, options);
            const [error, ms] = await timed(() => caught(() => calls.safe(controller.signal)));
            expect((error as Error).message).toBe("caller gave up");
            expect(ms).toBeLessThan(1_000);
          });
      });
  });
}
