import {
  ApiError,
  AuthError,
  ConfigurationError,
  DecodeError,
  NetworkError,
  TimeoutError,
  basicAuth,
  bearerAuth,
  callOptions,
  createApiClient,
  createPathSerializer,
  loginAuth,
  parseRetryAfter,
  type RuntimeOptions,
} from "@callspec/core";
import { afterEach, describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { json, localServer } from "../support/local-server.js";

interface TestPaths {
  "/items/{id}": {
    parameters: { path: { id: string } };
    get: { parameters: { path: { id: string } }; responses: { 200: { content: { "application/json": { id: string } } } } };
    post: {
      parameters: { path: { id: string } };
      requestBody?: { content: { "application/json": { name: string } } };
      responses: { 201: { content: { "application/json": { id: string } } } };
    };
  };
  "/text": { get: { responses: { 202: { content: { "text/plain": string } } } } };
}

let servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function setup(handler: Parameters<typeof localServer>[0], options: Partial<RuntimeOptions> = {}) {
  const server = await localServer(handler);
  servers.push(server);
  const client = createApiClient<TestPaths>({ baseUrl: server.url, retry: { initialDelayMs: 5, maxDelayMs: 20 }, ...options });
  return { server, client };
}

const item = { params: { path: { id: "a1" } } };

describe("retries", () => {
  it("repeats a GET after 503 and succeeds", async () => {
    const { server, client } = await setup((_, res, i) => (i < 2 ? json(res, 503, { error: "busy" }) : json(res, 200, { id: "a1" })));
    const { data } = await client.GET("/items/{id}", item);
    expect(data).toEqual({ id: "a1" });
    expect(server.requests).toHaveLength(3);
  });

  it("never repeats a POST", async () => {
    const { server, client } = await setup((_, res) => json(res, 503, { error: "busy" }));
    const error = await caught(() => client.POST("/items/{id}", item));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });

  it("waits as Retry-After says, capped by maxRetryAfterMs", async () => {
    const { server, client } = await setup(
      (_, res, i) => (i === 0 ? json(res, 429, {}, { "retry-after": "30" }) : json(res, 200, { id: "a1" })),
      {
        retry: { maxRetryAfterMs: 150, initialDelayMs: 1 },
      },
    );
    const t0 = performance.now();
    await client.GET("/items/{id}", item);
    const waited = performance.now() - t0;
    expect(server.requests).toHaveLength(2);
    expect(waited).toBeGreaterThanOrEqual(140);
    expect(waited).toBeLessThan(1000);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    const now = Date.parse("2026-11-25T10:00:00Z");
    expect(parseRetryAfter("3", now)).toBe(3000);
    expect(parseRetryAfter("Wed, 25 Nov 2026 10:00:05 GMT", now)).toBe(5000);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
  });

  it("stops waiting at once when the caller aborts during a backoff", async () => {
    const controller = new AbortController();
    // Aborted once the first answer is out, so that the abort lands in the 10 s wait, however busy the machine.
    const { server, client } = await setup((_, res) => {
      json(res, 503, {}, { "retry-after": "10" });
      setTimeout(() => controller.abort(new Error("caller gave up")), 50);
    });
    const t0 = performance.now();
    const error = await caught(() => client.GET("/items/{id}", { ...item, signal: controller.signal }));
    expect((error as Error).message).toBe("caller gave up");
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(server.requests).toHaveLength(1);
  });
});

describe("timeouts and network errors", () => {
  it("times out after the configured time, overridable per call", async () => {
    const { client } = await setup(() => undefined, { timeoutMs: 5_000, retry: false });
    const t0 = performance.now();
    const error = await caught(() => client.GET("/items/{id}", { ...item, ...callOptions({ timeoutMs: 100 }) }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(100);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it("names host and port when the connection is refused", async () => {
    const { server, client } = await setup(() => undefined, { retry: false });
    await server.close();
    const error = await caught(() => client.GET("/items/{id}", item));
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toContain(`127.0.0.1:${server.port}`);
  });
});

describe("decoding", () => {
  it("turns malformed JSON on 200 into a DecodeError", async () => {
    const { client } = await setup((_, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end("{not json");
    });
    const error = await caught(() => client.GET("/items/{id}", item));
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).excerpt).toBe("{not json");
  });

  it("reads a body sent in several chunks without a length, multi-byte characters split across chunks", async () => {
    const id = `ü${"x".repeat(40_000)}€`;
    const bytes = new TextEncoder().encode(JSON.stringify({ id }));
    const umlaut = bytes.indexOf(0xc3); // first byte of the two-byte ü
    const euro = bytes.lastIndexOf(0xe2); // first byte of the three-byte €
    // Cut inside ü, in the middle, and inside €: the transport hands the body over in exactly these chunks.
    const cuts = [0, umlaut + 1, 20_000, euro + 2, bytes.length];
    const client = createApiClient<TestPaths>({
      baseUrl: "http://127.0.0.1:9",
      fetch: async () =>
        new Response(
          new ReadableStream({
            start(controller) {
              for (let i = 1; i < cuts.length; i++) controller.enqueue(bytes.slice(cuts[i - 1], cuts[i]));
              controller.close();
            },
          }),
          { status: 200, headers: { "content-type": "application/json" } },
        ),
    });
    const { data } = await client.GET("/items/{id}", item);
    expect(data).toEqual({ id });
  });

  it("hands a text/plain success over as a string", async () => {
    const { client } = await setup((_, res) => {
      res.writeHead(202, { "content-type": "text/plain" });
      res.end("Accepted");
    });
    const { data } = await client.GET("/text");
    expect(data).toBe("Accepted");
  });

  it("keeps an HTML error page as a short excerpt", async () => {
    const { client } = await setup(
      (_, res) => {
        res.writeHead(502, { "content-type": "text/html" });
        res.end(`<html><body>${"Bad gateway ".repeat(100)}</body></html>`);
      },
      { retry: false },
    );
    const error = (await caught(() => client.GET("/items/{id}", item))) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.vendorMessage!.length).toBeLessThanOrEqual(301);
    expect(error.vendorMessage).toMatch(/^<html><body>Bad gateway/);
  });
});

describe("auth", () => {
  it("sends HTTP Basic credentials as base64 of their UTF-8 bytes", async () => {
    const { server, client } = await setup((_, res) => json(res, 200, { id: "a1" }), { auth: basicAuth("agent-ü", "pässwörd€:1") });
    await client.GET("/items/{id}", item);
    expect(server.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from("agent-ü:pässwörd€:1", "utf8").toString("base64")}`);
  });

  it("never lets the token into an error", async () => {
    const token = "tok_live_3f1c9a0e5b7d4c2a";
    const { client } = await setup((_, res) => json(res, 403, { msg: `token ${token} is not allowed` }), {
      auth: bearerAuth(token),
      retry: false,
    });
    const error = await caught(() => client.GET("/items/{id}", item));
    const everything = `${String(error)} ${JSON.stringify(error)} ${JSON.stringify((error as ApiError).body)}`;
    expect(everything).not.toContain(token);
    expect(everything).toContain("[REDACTED]");
  });

  it("logs in once for 20 parallel requests refused with 401, and repeats each once", async () => {
    let logins = 0;
    const auth = loginAuth({
      token: "old-token",
      login: async () => {
        logins += 1;
        await new Promise((r) => setTimeout(r, 20));
        return `fresh-token-${logins}`;
      },
    });
    const { server, client } = await setup(
      (req, res) => (req.headers.authorization === "Bearer fresh-token-1" ? json(res, 200, { id: "a1" }) : json(res, 401, {})),
      { auth, retry: false },
    );
    const results = await Promise.all(Array.from({ length: 20 }, () => client.GET("/items/{id}", item)));
    expect(results.every((r) => r.data?.id === "a1")).toBe(true);
    expect(logins).toBe(1);
    expect(server.requests).toHaveLength(40);
  });

  it("surfaces a second 401 instead of looping", async () => {
    let logins = 0;
    const auth = loginAuth({ login: async () => `token-${++logins}` });
    const { server, client } = await setup((_, res) => json(res, 401, {}), { auth, retry: false });
    const error = await caught(() => client.POST("/items/{id}", item));
    expect((error as ApiError).status).toBe(401);
    expect(logins).toBe(2);
    expect(server.requests).toHaveLength(2);
  });

  it("reports a failing login as an AuthError without the password", async () => {
    const auth = loginAuth({
      secrets: ["hunter2-password"],
      login: async () => {
        throw new Error("login refused for hunter2-password");
      },
    });
    const { server, client } = await setup((_, res) => json(res, 200, { id: "a1" }), { auth });
    const error = await caught(() => client.GET("/items/{id}", item));
    expect(error).toBeInstanceOf(AuthError);
    expect(String(error)).not.toContain("hunter2-password");
    expect(server.requests).toHaveLength(0);
  });

  it("refuses an empty or multi-line token at creation", () => {
    expect(() => bearerAuth("")).toThrow(ConfigurationError);
    expect(() => bearerAuth("abc\r\nX-Evil: 1")).toThrow(/characters a header cannot carry/);
    expect(() => bearerAuth("abc\r\nX-Evil: 1")).not.toThrow(/X-Evil/);
  });
});

describe("a caller's abort during a renewal", () => {
  it("rejects with the caller's reason, even when the strategy's renewal fails on the caller's signal", async () => {
    const { client } = await setup((_, res) => json(res, 401, { error: "expired" }), {
      auth: {
        apply: () => undefined,
        secrets: () => [],
        // A renewal of its own that stops when the caller of the refused request aborts.
        refresh: (_used, refused) =>
          new Promise<boolean>((_, reject) =>
            refused?.signal?.addEventListener("abort", () => reject(new AuthError("Login failed: aborted"))),
          ),
      },
    });
    const controller = new AbortController();
    const reason = new Error("the caller gave up");
    const pending = caught(() => client.GET("/items/{id}", { ...item, signal: controller.signal }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort(reason);
    expect(await pending).toBe(reason);
  });
});

describe("what goes out", () => {
  it("sends a body again, unchanged, when a 401 and a fresh login repeat a POST", async () => {
    let logins = 0;
    const auth = loginAuth({ token: "old-token", login: async () => `fresh-${++logins}` });
    const { server, client } = await setup(
      (req, res) => (req.headers.authorization === "Bearer fresh-1" ? json(res, 201, { id: "a1" }) : json(res, 401, {})),
      { auth, retry: false },
    );
    const { data } = await client.POST("/items/{id}", { ...item, body: { name: "Ada" } });
    expect(data).toEqual({ id: "a1" });
    expect(server.requests.map((r) => [r.headers.authorization, r.body])).toEqual([
      ["Bearer old-token", '{"name":"Ada"}'],
      ["Bearer fresh-1", '{"name":"Ada"}'],
    ]);
  });

  it("gives a caller's middleware a real Request, and keeps auth, retries and typed errors", async () => {
    const { server, client } = await setup((_, res, i) => (i === 0 ? json(res, 503, {}) : json(res, 404, { msg: "gone" })), {
      auth: bearerAuth("tok-mw-123456"),
    });
    const seen: unknown[] = [];
    client.use({
      onRequest({ request }) {
        seen.push(request instanceof Request);
        request.headers.set("X-Trace", "t-1");
        return request;
      },
    });
    const error = await caught(() => client.GET("/items/{id}", item));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    expect(seen).toEqual([true]);
    expect(server.requests.map((r) => [r.headers["x-trace"], r.headers.authorization])).toEqual([
      ["t-1", "Bearer tok-mw-123456"],
      ["t-1", "Bearer tok-mw-123456"],
    ]);
  });

  it("hands a per-call fetch of the caller's a real Request", async () => {
    const { server, client } = await setup((_, res) => json(res, 200, { id: "a1" }));
    const seen: boolean[] = [];
    const { data } = await client.GET("/items/{id}", {
      ...item,
      fetch: (request: Request) => {
        seen.push(request instanceof Request);
        return fetch(request);
      },
    });
    expect(data).toEqual({ id: "a1" });
    expect(seen).toEqual([true]);
    expect(server.requests).toHaveLength(1);
  });

  it("hands a custom transport a Request with the credentials and the time limit's signal", async () => {
    const seen: (string | null)[] = [];
    const { client } = await setup(() => undefined, {
      auth: bearerAuth("tok-tr-123456"),
      timeoutMs: 50,
      retry: false,
      // Never answers: only the signal can end it.
      fetch: (request) => {
        seen.push(request.headers.get("Authorization"));
        return new Promise((_, reject) => request.signal.addEventListener("abort", () => reject(request.signal.reason)));
      },
    });
    const error = await caught(() => client.GET("/items/{id}", item));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(seen).toEqual(["Bearer tok-tr-123456"]);
  });
});

describe("path encoding", () => {
  it("encodes / always and keeps the characters a vendor needs", () => {
    const telphin = createPathSerializer("@:");
    expect(telphin("/extension/{id}/", { id: "@me" })).toBe("/extension/@me/");
    expect(telphin("/extension/{id}/", { id: "a/b" })).toBe("/extension/a%2Fb/");
    expect(createPathSerializer()("/x/{id}", { id: "@me" })).toBe("/x/%40me");
  });

  it("refuses a base URL that is not a URL", () => {
    expect(() => createApiClient({ baseUrl: "api.example.com/v1" })).toThrow(ConfigurationError);
  });
});
