import {
  ApiError,
  CallspecError,
  ConfigurationError,
  RequestRefusedError,
  TimeoutError,
  assertCredential,
  bearerAuth,
  callOptions,
  createApiClient,
  parseBaseUrl,
  redact,
  scrubError,
  summarizeUrl,
} from "@callspec/core";
import { inspect } from "node:util";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { caught } from "../support/mocks.js";
import { json, localServer } from "../support/local-server.js";

interface TestPaths {
  "/items": {
    get: {
      parameters: { query?: { filters?: Record<string, string>; q?: string } };
      responses: { 200: { content: { "application/json": unknown[] } } };
    };
    post: {
      requestBody?: { content: { "application/json": { name: string } } };
      responses: { 201: { content: { "application/json": unknown } } };
    };
  };
}

let servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function serve(handler: Parameters<typeof localServer>[0]) {
  const server = await localServer(handler);
  servers.push(server);
  return server;
}

describe("refused before sending, the value never shown", () => {
  it("a header value with CR/LF or above U+00FF is a RequestRefusedError, not a raw TypeError", async () => {
    const server = await serve((_, res) => json(res, 200, []));
    const client = createApiClient<TestPaths>({ baseUrl: server.url });
    for (const value of ["secret-part\r\nX-Injected: 1", "secret-\u20ac-part"]) {
      const error = await caught(() => client.GET("/items", { headers: { "X-Note": value } }));
      expect(error).toBeInstanceOf(RequestRefusedError);
      expect(inspect(error, { depth: 10 })).not.toContain("secret-");
    }
    expect(server.requests).toHaveLength(0);
  });

  it("a query parameter name that would add parameters is refused, as in exploded filters", async () => {
    const server = await serve((_, res) => json(res, 200, []));
    const client = createApiClient<TestPaths>({ baseUrl: server.url }, { querySerializer: { object: { style: "form", explode: true } } });
    await client.GET("/items", { params: { query: { filters: { filter_name: "a&b" } } } });
    expect(new URL(server.requests[0]!.url, server.url).searchParams.get("filter_name")).toBe("a&b");
    const error = await caught(() => client.GET("/items", { params: { query: { filters: { "filter_x&paginate=false&y": "1" } } } }));
    expect(error).toBeInstanceOf(RequestRefusedError);
    expect(server.requests).toHaveLength(1);
  });

  it("a query value with a lone surrogate is refused", async () => {
    const server = await serve((_, res) => json(res, 200, []));
    const client = createApiClient<TestPaths>({ baseUrl: server.url });
    expect(await caught(() => client.GET("/items", { params: { query: { q: "\ud800" } } }))).toBeInstanceOf(RequestRefusedError);
    expect(server.requests).toHaveLength(0);
  });

  it("a token above U+00FF and a base URL with credentials, a query or a fragment are refused at creation", () => {
    expect(() => assertCredential("t\u00f6ken-\u20ac", "The token")).toThrow(ConfigurationError);
    expect(() => bearerAuth("abc\r\ndef")).toThrow(ConfigurationError);
    for (const url of ["http://admin:pw-in-url@api.example.com/v1", "https://api.example.com/v1?key=k", "https://api.example.com/v1#x"]) {
      const error = (() => {
        try {
          parseBaseUrl(url);
        } catch (e) {
          return e as Error;
        }
      })();
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error!.message).not.toContain("pw-in-url");
    }
    expect(parseBaseUrl("https://api.example.com/v1/")).toBe("https://api.example.com/v1");
    expect(summarizeUrl("http://admin:pw@[broken")).toBe("(not a URL)");
  });
});

describe("per-call options and the caller's middleware", () => {
  it("callOptions sets this call's time limit and retries through openapi-fetch middleware", async () => {
    const server = await serve((req, res) => (req.url === "/items?q=slow" ? undefined : json(res, 503, {})));
    const client = createApiClient<TestPaths>({ baseUrl: server.url, retry: { initialDelayMs: 1, maxDelayMs: 2 } });
    const t0 = performance.now();
    expect(
      await caught(() => client.GET("/items", { params: { query: { q: "slow" } }, ...callOptions({ timeoutMs: 100, retry: false }) })),
    ).toBeInstanceOf(TimeoutError);
    expect(performance.now() - t0).toBeLessThan(2_000);
    // The server records a request once it has read it, which on a busy machine can come after the time limit.
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    await caught(() => client.GET("/items", { ...callOptions({ retry: false }) }));
    expect(server.requests).toHaveLength(2);
    await caught(() => client.GET("/items"));
    expect(server.requests).toHaveLength(5);
    expect(() => callOptions({ timeoutMs: -1 })).toThrow(ConfigurationError);
  });

  it("a request replaced by the caller's middleware is sent once, with auth and typed errors", async () => {
    const server = await serve((_, res) => json(res, 503, { msg: "busy" }));
    const client = createApiClient<TestPaths>({ baseUrl: server.url, auth: bearerAuth("tok-replaced-123456") });
    client.use({ onRequest: ({ request }) => new Request(request, { headers: { "X-Trace": "t-2" } }) });
    const error = (await caught(() => client.GET("/items"))) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(503);
    expect(server.requests.map((r) => [r.headers["x-trace"], r.headers.authorization])).toEqual([["t-2", "Bearer tok-replaced-123456"]]);
  });
});

describe("decoding", () => {
  it("counts decoded bytes of a chunked gzip answer and stops at the limit", async () => {
    const packed = gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20));
    const server = await serve((_, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      res.end(packed);
    });
    const client = createApiClient<TestPaths>({ baseUrl: server.url, maxResponseBytes: 64 * 1024 });
    const error = (await caught(() => client.GET("/items"))) as ApiError;
    expect(error.name).toBe("ResponseTooLargeError");
    const roomy = createApiClient<TestPaths>({ baseUrl: server.url, maxResponseBytes: 16 * 1024 * 1024 });
    // 8 MiB of spaces is no JSON document: decoded in full, then refused as such.
    expect(((await caught(() => roomy.GET("/items"))) as Error).name).toBe("DecodeError");
  });

  it("a POST answered with 303 is a redirect error, not a GET to the Location", async () => {
    const server = await serve((req, res) => {
      res.writeHead(req.method === "POST" ? 303 : 200, { location: "/items/1", "content-type": "application/json" });
      res.end("{}");
    });
    const client = createApiClient<TestPaths>({ baseUrl: server.url });
    const error = (await caught(() => client.POST("/items", { body: { name: "Ada" } }))) as ApiError;
    expect(error.name).toBe("RedirectError");
    expect(error.status).toBe(303);
    expect(server.requests.map((r) => r.method)).toEqual(["POST"]);
  });
});

describe("masking", () => {
  it("masks known secrets in each form, JWTs and credential-named values, even in broken JSON", () => {
    const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl";
    const text = `{"auth_token":"abcdef123456","note":"p\\"w-secret-1 and p%22w-secret-1", "x": "${jwt}", "password": "hunter22`;
    const masked = redact(text, ['p"w-secret-1']);
    for (const leak of ["abcdef123456", "w-secret-1", jwt, "hunter22"]) expect(masked).not.toContain(leak);
    expect(masked).toContain('"note"');
  });

  it("scrubs an error, its fields and its whole cause chain in place", () => {
    const inner = new CallspecError("inner saw key-0123456789");
    const outer = Object.assign(
      new ApiError({ status: 400, method: "PUT", url: "http://h/api_auth", body: { echo: "key-0123456789" } }),
      {},
    );
    Object.defineProperty(outer, "cause", {
      value: new Error("middle key-0123456789", { cause: inner }),
      enumerable: false,
      configurable: true,
    });
    scrubError(outer, ["key-0123456789"]);
    const views = [String(outer), outer.stack, JSON.stringify(outer), inspect(outer, { depth: 10 })].join("\n");
    expect(views).not.toContain("key-0123456789");
    expect(views).toContain("[REDACTED]");
  });
});
