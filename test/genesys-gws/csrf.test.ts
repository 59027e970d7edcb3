import { GenesysError, createGenesysClient } from "@callspec/genesys-gws";
import type { ServerResponse } from "node:http";
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { json, localServer, type Recorded } from "../support/local-server.js";

const CALL = "/api/v2/me/calls/007202b64bc0d0e5";
const SESSION = "8C7F1D2E3A4B5C6D7E8F9A0B1C2D3E4F";
// Not shaped like a credential (no "token" key beside it in the echo of a plain-text answer): only the jar knows it.
const ECHOED_TOKEN = "c0ffee11-2222-4333-8444-555566667777";

/** A GWS node with `enableCsrfProtection: true`: the token comes with GET answers, writes need it and the cookie. */
async function csrfNode(options: { rotateAfter?: number; alwaysRefuse?: boolean } = {}) {
  let token = "3f2c9a10-0000-4000-8000-000000000001";
  let writes = 0;
  const server = await localServer((req: Recorded, res) => {
    if (req.method === "GET") {
      res.setHeader("Set-Cookie", `JSESSIONID=${SESSION}; Path=/api; HttpOnly`);
      res.setHeader("X-CSRF-HEADER", "X-CSRF-TOKEN");
      res.setHeader("X-CSRF-TOKEN", token);
      return json(res, 200, { statusCode: 0, user: { id: "63630bbebf4840d7a0bffd6312bc29ff" } });
    }
    writes += 1;
    if (options.rotateAfter !== undefined && writes === options.rotateAfter + 1) token = token.replace(/1$/, "2");
    const ok = !options.alwaysRefuse && req.headers["x-csrf-token"] === token && req.headers.cookie === `JSESSIONID=${SESSION}`;
    if (ok) return json(res, 200, { statusCode: 0 });
    res.writeHead(403, { "content-type": "text/plain" });
    res.end("Missing or invalid Csrf token");
  });
  servers.push(server);
  return { server, token: () => token };
}

let servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

const hangup = { params: { path: { callId: "007202b64bc0d0e5" } }, body: { operationName: "Hangup" as const } };

describe("CSRF protection", () => {
  it("captures the token and cookie from a GET and sends them on a POST, not on GETs", async () => {
    const { server, token } = await csrfNode();
    const client = createGenesysClient({ baseUrl: `${server.url}/api/v2`, username: "ksippo", password: "EXAMPLE-csrf-password" });
    await client.GET("/me");
    expect(client.session?.token).toBe(token());
    const { data } = await client.POST("/me/calls/{callId}", hangup);
    expect(data?.statusCode).toBe(0);
    const post = server.requests.find((r) => r.method === "POST")!;
    expect(post.headers["x-csrf-token"]).toBe(token());
    expect(post.headers.cookie).toBe(`JSESSIONID=${SESSION}`);
    await client.GET("/me");
    expect(server.requests.at(-1)!.headers["x-csrf-token"]).toBeUndefined();
    expect(server.requests.at(-1)!.headers.cookie).toBe(`JSESSIONID=${SESSION}`);
  });

  it("after a 403 CSRF refusal fetches a fresh token once and sends the same write again", async () => {
    const { server, token } = await csrfNode({ rotateAfter: 0 });
    const client = createGenesysClient({ baseUrl: `${server.url}/api/v2`, username: "ksippo", password: "EXAMPLE-csrf-password" });
    await client.GET("/me");
    const { data } = await client.POST("/me/calls/{callId}", hangup);
    expect(data?.statusCode).toBe(0);
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "GET /api/v2/me",
      `POST ${CALL}`,
      "GET /api/v2/me?fields=id",
      `POST ${CALL}`,
    ]);
    expect(server.requests[3]!.headers["x-csrf-token"]).toBe(token());
    expect(server.requests[3]!.body).toBe(server.requests[1]!.body);
    expect(JSON.parse(server.requests[3]!.body)).toEqual({ operationName: "Hangup" });
  });

  it("stops the token probe when the caller of the refused write aborts, and rejects with the caller's reason", async () => {
    // Hands out a token on GET /me, refuses every write for it, and never answers the probe for a fresh one.
    const server = await localServer((req, res) => {
      if (req.url === "/api/v2/me?fields=id") return;
      if (req.method === "GET") {
        res.setHeader("Set-Cookie", `JSESSIONID=${SESSION}; Path=/api; HttpOnly`);
        res.setHeader("X-CSRF-TOKEN", "3f2c9a10-0000-4000-8000-000000000001");
        return json(res, 200, { statusCode: 0, user: { id: "63630bbebf4840d7a0bffd6312bc29ff" } });
      }
      res.writeHead(403, { "content-type": "text/plain" });
      res.end("Missing or invalid Csrf token");
    });
    servers.push(server);
    const client = createGenesysClient({
      baseUrl: `${server.url}/api/v2`,
      username: "ksippo",
      password: "EXAMPLE-csrf-password",
      timeoutMs: 60_000,
    });
    await client.GET("/me");
    const controller = new AbortController();
    const reason = new Error("the caller gave up");
    const pending = caught(() => client.POST("/me/calls/{callId}", { ...hangup, signal: controller.signal }));
    await expect.poll(() => server.requests.map((r) => `${r.method} ${r.url}`), { timeout: 10_000 }).toContain("GET /api/v2/me?fields=id");
    const abortedAt = Date.now();
    controller.abort(reason);
    expect(await pending).toBe(reason);
    // Well inside the probe's own 60-second limit.
    expect(Date.now() - abortedAt).toBeLessThan(2_000);
  });

  it("a write refused twice surfaces a GenesysError 403 without a loop, and without session secrets", async () => {
    const { server, token } = await csrfNode({ alwaysRefuse: true });
    const client = createGenesysClient({ baseUrl: `${server.url}/api/v2`, username: "ksippo", password: "EXAMPLE-csrf-password" });
    await client.GET("/me");
    const error = (await caught(() => client.POST("/me/calls/{callId}", hangup))) as GenesysError;
    expect(error).toBeInstanceOf(GenesysError);
    expect(error.status).toBe(403);
    expect(error.vendorMessage).toBe("Missing or invalid Csrf token");
    expect(server.requests.filter((r) => r.method === "POST")).toHaveLength(2);
    const views = [String(error), error.stack, JSON.stringify(error), inspect(error, { depth: 6 })].join("\n");
    expect(views).not.toContain(token());
    expect(views).not.toContain(SESSION);
    expect(views).not.toContain("EXAMPLE-csrf-password");
  });

  it.each([
    ["a JSON error", (req: Recorded, res: ServerResponse) => json(res, 400, { statusCode: 1, echo: req.headers })],
    ["an HTML 200", (req: Recorded, res: ServerResponse) => res.writeHead(200, { "content-type": "text/html" }).end(JSON.stringify(req))],
    [
      "a plain-text 500",
      (req: Recorded, res: ServerResponse) => res.writeHead(500).end(`${req.headers.cookie} ${req.headers["x-csrf-token"]}`),
    ],
  ])("a node echoing the write's cookie and CSRF token in %s: neither is in any view of the error", async (_, answer) => {
    const server = await localServer((req, res) => {
      if (req.method !== "GET") return answer(req, res);
      res.setHeader("Set-Cookie", `JSESSIONID=${SESSION}; Path=/api; HttpOnly`);
      res.setHeader("X-CSRF-TOKEN", ECHOED_TOKEN);
      json(res, 200, { statusCode: 0, user: { id: "63630bbebf4840d7a0bffd6312bc29ff" } });
    });
    servers.push(server);
    const client = createGenesysClient({ baseUrl: `${server.url}/api/v2`, username: "ksippo", password: "EXAMPLE-csrf-password" });
    await client.GET("/me");
    const error = await caught(() => client.POST("/me/calls/{callId}", hangup));
    expect(server.requests.at(-1)!.headers["x-csrf-token"]).toBe(ECHOED_TOKEN);
    const views: string[] = [];
    for (let e: unknown = error; e instanceof Error; e = e.cause) {
      views.push(String(e), e.stack ?? "", JSON.stringify(e) ?? "", inspect(e, { depth: 10 }));
    }
    expect(views.join("\n")).not.toContain(SESSION);
    expect(views.join("\n")).not.toContain(ECHOED_TOKEN);
    expect(views.join("\n")).not.toContain("EXAMPLE-csrf-password");
  });

  it("with session: false neither cookie nor token is kept", async () => {
    const { server } = await csrfNode();
    const client = createGenesysClient({
      baseUrl: `${server.url}/api/v2`,
      username: "ksippo",
      password: "EXAMPLE-csrf-password",
      session: false,
    });
    await client.GET("/me");
    expect(client.session).toBeUndefined();
    const error = (await caught(() => client.POST("/me/calls/{callId}", hangup))) as GenesysError;
    expect(error.status).toBe(403);
    expect(server.requests.at(-1)!.headers.cookie).toBeUndefined();
    expect(server.requests).toHaveLength(2);
  });
});
