import { spawn } from "node:child_process";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { serveSite } from "../../scripts/lib/site-server.js";
import { mockOf } from "../support/mocks.js";
import { alive, childrenOf } from "../support/processes.js";

const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm")).href;
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Runs a TypeScript entry with node and tsx's loader, in one process (no wrapper to kill instead). */
function run(entry: string, args: string[] = []) {
  const child = spawn(process.execPath, ["--import", tsx, entry, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c));
  child.stderr.on("data", (c: Buffer) => (stderr += c));
  const done = new Promise<number>((resolve) => child.once("exit", (code) => resolve(code ?? -1)));
  return { child, done, out: () => stdout, err: () => stderr };
}

describe("a malformed request does not bring a mock down", () => {
  it("GET /v1/Accounts/% answers 400 in jambonz's shape, and the mock keeps serving", async () => {
    const { url } = mockOf("jambonz");
    const bad = await fetch(`${url}/Accounts/%`, { headers: { Authorization: "Bearer k" } });
    expect(bad.status).toBe(400);
    expect(String(((await bad.json()) as { msg: string }).msg)).toContain("percent-encoding");
    const next = await fetch(`${url}/Accounts`, { headers: { Authorization: "Bearer k" } });
    expect(next.status).toBe(200);
  });

  it("a body that is not JSON answers 400 in Kazoo's envelope", async () => {
    const { url } = mockOf("kazoo");
    const bad = await fetch(`${url}/accounts/4b31dd1d32ce6d249897c06332375d65/devices`, {
      method: "PUT",
      headers: { "X-Auth-Token": "t", "content-type": "application/json" },
      body: "{not json",
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: "400", message: "failed to parse request body" });
  });

  it("the docs server answers GET /% with 400 and keeps serving", async () => {
    const site = await serveSite(0, "127.0.0.1");
    try {
      const origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
      expect((await fetch(`${origin}/%`)).status).toBe(400);
      expect((await fetch(`${origin}/%E0%A4%A`)).status).toBe(400);
      const after = await fetch(`${origin}/no-such-page`);
      expect(after.status).toBe(404);
    } finally {
      await new Promise((r) => site.close(r));
    }
  });
});

describe("a mock's process ends with the process that started it", () => {
  it("SIGKILL of the parent: the mock's process exits too", { timeout: 60_000 }, async () => {
    const parent = run(here("./fixtures/parent.ts"));
    await expect.poll(parent.out, { timeout: 45_000, interval: 100 }).toContain("ready");
    const origin = /ready (\S+)/.exec(parent.out())![1]!;
    expect((await fetch(`${origin}/rest/v1.0/1001/acd/groups`, { headers: { Authorization: "Bearer t" } })).status).toBe(200);
    const [engine, ...others] = childrenOf(parent.child.pid!, "jtel.openapi.json");
    expect(engine, "the mock's own process").toBeTypeOf("number");
    expect(others).toEqual([]);
    parent.child.kill("SIGKILL");
    await parent.done;
    // No signal reaches the engine: it notices its IPC channel closing.
    await expect.poll(() => alive(engine!), { timeout: 10_000 }).toBe(false);
  });
});

describe("callspec-mock on the command line", () => {
  const cli = here("../../packages/mock/src/cli.ts");

  it("--help prints the usage and exits 0", async () => {
    const help = run(cli, ["--help"]);
    expect(await help.done).toBe(0);
    expect(help.out()).toMatch(/^Usage: callspec-mock <vendor\|all> \[options\]/);
    expect(help.out()).toContain("--stateful");
    expect(help.out()).toContain("kazoo        4011");
  });

  it("a mistyped flag prints one line, then the usage, and exits 1 without a stack trace", async () => {
    const bad = run(cli, ["kazoo", "--prot", "5000"]);
    expect(await bad.done).toBe(1);
    const [first, blank, usage] = bad.err().split("\n");
    expect(first).toBe("error: Unknown option '--prot'.");
    expect(blank).toBe("");
    expect(usage).toMatch(/^Usage: callspec-mock/);
    expect(bad.err()).not.toMatch(/\n\s+at /);
  });

  it("an unknown vendor names the valid ones", async () => {
    const bad = run(cli, ["kazo"]);
    expect(await bad.done).toBe(1);
    expect(bad.err()).toContain('error: Unknown vendor "kazo".');
    expect(bad.err()).toContain("genesys-gws");
  });
});
