import { build } from "esbuild";
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionNode } from "./session-node.js";

/**
 * The client in headless Chromium (Debian's, as the docs check launches it) on a page of one origin, talking to
 * a GWS node on another that enforces the session cookie and the CSRF token, with credentialed CORS for that
 * page's origin only.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const USER = "ksippo";
const PASSWORD = "EXAMPLE-browser-password";
const BASIC = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString("base64")}`;
const packages = fileURLToPath(new URL("../../packages/", import.meta.url));

let browser: Browser;
let page: Server;
let pageOrigin = "";
let node: Awaited<ReturnType<typeof sessionNode>>;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL("./browser-page.ts", import.meta.url))],
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2022",
    alias: { "@callspec/genesys-gws": `${packages}genesys-gws/src/index.ts`, "@callspec/core": `${packages}core/src/index.ts` },
    logLevel: "silent",
  });
  const script = bundle.outputFiles[0]!.text;
  page = createServer((req, res) => {
    if (req.url === "/client.js") res.writeHead(200, { "Content-Type": "text/javascript" }).end(script);
    else
      res
        .writeHead(200, { "Content-Type": "text/html" })
        .end('<!doctype html><title>agent desktop</title><script type="module" src="/client.js"></script>');
  });
  await new Promise<void>((resolve) => page.listen(0, "127.0.0.1", resolve));
  pageOrigin = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
  node = await sessionNode({ allowedOrigin: () => pageOrigin, basic: BASIC });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await node?.close();
  await new Promise<void>((resolve) => (page ? page.close(() => resolve()) : resolve()));
});

describe("the client in a browser against a GWS node with CSRF protection on another origin", () => {
  it("keeps its session only in browser mode: a write without cookie and token gets 403 statusCode 3, with them 200", async () => {
    const tab = await browser.newPage();
    const problems: string[] = [];
    tab.on("pageerror", (error) => problems.push(error.message));
    await tab.goto(`${pageOrigin}/`);
    await tab.waitForFunction(() => "gwsRun" in globalThis);
    const result = await tab.evaluate(
      ([baseUrl, user, password]) =>
        (globalThis as unknown as { gwsRun(b: string, u: string, p: string): Promise<Record<string, unknown>> }).gwsRun(
          baseUrl!,
          user!,
          password!,
        ),
      [`${node.url}/api/v2`, USER, PASSWORD],
    );
    expect(problems).toEqual([]);
    // What GWS answers a write that carries neither.
    expect(result.bareWrite).toEqual({ status: 403, body: { statusCode: 3, statusMessage: "Missing or invalid Csrf token" } });
    // Without browser mode the browser drops the cookie: the client's own token fetch and retry cannot help.
    expect(result.plainWrite).toEqual({ status: 403, statusCode: 3, name: "GenesysError" });
    // Browser mode: refused once for want of a token, the client fetches one (with the cookie) and the write passes.
    expect(result.firstWrite).toEqual({ status: 200, statusCode: 0 });
    expect(result.secondWrite).toEqual({ status: 200, statusCode: 0 });
    expect(result.cookieVisible).toBe(false); // HttpOnly: the browser keeps it, no script sees it
    expect([...node.sessions.values()]).toContain(result.tokenAfterFirst);

    const writes = node.seen.filter((r) => r.method === "POST");
    const accepted = writes.filter((r) => r.status === 200);
    expect(accepted).toHaveLength(2);
    for (const write of accepted) {
      expect(write.origin).toBe(pageOrigin);
      expect(write.cookie && node.sessions.get(write.cookie)).toBe(write.csrf);
    }
    // Every preflight and answer named exactly the page's origin.
    expect(new Set(node.seen.map((r) => r.origin))).toEqual(new Set([pageOrigin]));
    await tab.close();
  }, 60_000);

  it("a node whose CORS does not name the page's origin is unreachable: the browser refuses its answers", async () => {
    const tab = await browser.newPage();
    await tab.goto(`${pageOrigin}/`);
    await tab.waitForFunction(() => "gwsRun" in globalThis);
    const other = await sessionNode({ allowedOrigin: () => "http://agent.example.test", basic: BASIC });
    try {
      const result = await tab.evaluate(
        ([baseUrl, user, password]) =>
          (globalThis as unknown as { gwsRun(b: string, u: string, p: string): Promise<Record<string, unknown>> })
            .gwsRun(baseUrl!, user!, password!)
            .then(
              (r) => ({ ok: true, r }),
              (e: Error) => ({ ok: false, name: e.name }),
            ),
        [`${other.url}/api/v2`, USER, PASSWORD],
      );
      expect(result).toEqual({ ok: false, name: "TypeError" }); // the bare fetch: CORS refused
    } finally {
      await other.close();
      await tab.close();
    }
  }, 60_000);
});
