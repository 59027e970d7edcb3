import { ApiError, AuthError, DecodeError, NetworkError, TimeoutError } from "@callspec/core";
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { json, localServer, type Handler } from "../support/local-server.js";
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

function expectNoSecret(adapter: FaultAdapter, error: unknown) {
  const views = [String(error), (error as Error)?.stack ?? "", JSON.stringify(error) ?? "", inspect(error, { depth: 6 })].join("\n");
  for (const secret of adapter.secrets) {
    expect(views).not.toContain(secret);
    expect(views).not.toContain(Buffer.from(secret).toString("base64"));
  }
}

const protectedRequests = (
  adapter: FaultAdapter,
  reqs: { method: string; url: string; headers: Record<string, unknown>; body: string }[],
) => reqs.filter((r) => !adapter.login?.isLogin(r as never));

/** The fault matrix of issue 9, for one vendor client: call it from test/<vendor>/faults.test.ts. */
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
      expect(error).toBeInstanceOf(ApiError);
      expect(error.vendorMessage).toContain("262144-byte limit");
      expect(written).toBeLessThan(16 * 1024 * 1024);
    });

    describe.runIf(adapter.login)("login flow", () => {
      const flow = adapter.login!;

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
        ["401", (res: Parameters<Handler>[1]) => json(res, 401, { message: "bad credentials" })],
        ["500", (res: Parameters<Handler>[1]) => json(res, 500, { message: "down" })],
        ["a timeout", () => undefined],
      ])("11 the login itself fails with %s: AuthError, no retry storm", async (_, answer) => {
        const s = await server((req, res) => (flow.isLogin(req) ? answer(res) : json(res, 200, [])));
        const error = await caught(() => flow.create(s.url, hangOptions));
        expect(error).toBeInstanceOf(AuthError);
        expect(s.requests).toHaveLength(1);
        expectNoSecret(adapter, error);
      });
    });
  });
}
