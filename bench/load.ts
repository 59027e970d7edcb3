// `pnpm bench:load`: (1) 1,000 requests at concurrency 20 through each client against its Prism mock:
// failures and p50/p99; (2) 100,000 requests through each client against a local node:http server: heap
// after a forced GC, compared with the heap after the first 1,000 (a leak per request would show).
// (3) the mocks themselves: ready time per vendor and of all at once, and the requests per second and p99 of
// jambonz and Kazoo side by side, against Prism's own server on the same spec. Rewrites its own sections of
// bench/results.md and keeps the rest. Runs each client in a child `node --expose-gc` of its own.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { type MockVendor, startMock } from "@callspec/mock";
import { loadFaultAdapters } from "../test/faults/reliability.js";
import { reportFailure } from "../scripts/lib/run.js";
import { presentVendors, repoRoot } from "../scripts/lib/vendors.js";

const gc = (globalThis as { gc?: () => void }).gc;

async function pool(total: number, concurrency: number, task: () => Promise<unknown>) {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const worker = async () => {
    while (next < total) {
      next++;
      const t0 = performance.now();
      try {
        await task();
      } catch {
        failures++;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { failures, p50: at(0.5), p99: at(0.99) };
}

/**
 * Heap after garbage collection has settled. Finalization callbacks (undici unregisters each request's
 * abort listener in one) run in a later task, so GC is repeated across a few turns of the event loop.
 */
async function heapAfterGc(): Promise<number> {
  for (let i = 0; i < 4; i++) {
    gc!();
    await new Promise((r) => setTimeout(r, 25));
  }
  gc!();
  return process.memoryUsage().heapUsed;
}

async function main() {
  const header = [
    "| client | mock: requests | failures | p50 ms | p99 ms | local: requests | heap after 1k MB | heap after all MB | growth |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  const vendor = process.env.LOAD_VENDOR;
  if (!gc || !vendor) {
    // One fresh process per client (with --expose-gc), so that no client's heap carries another's.
    const rows = [...header];
    for (const { name } of presentVendors()) {
      const out = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", join(repoRoot, "bench", "load.ts")], {
        cwd: repoRoot,
        // The clients as published (packages/*/dist), as in `pnpm bench`.
        env: { ...process.env, LOAD_VENDOR: name, TSX_TSCONFIG_PATH: join(repoRoot, "bench", "tsconfig.json") },
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
      });
      const row = out.split("\n").find((line) => line.startsWith("| @callspec/"));
      if (!row) throw new Error(`bench:load for ${name} printed no result`);
      console.log(row);
      rows.push(row);
    }
    const mocks = await mockFigures();
    const text = [
      "## Load (`pnpm bench:load`)",
      "",
      `Date: ${new Date().toISOString().slice(0, 10)}, Node ${process.version}. ` +
        "Mock: each client's safe operation against its Prism mock, concurrency 20. " +
        "Local: the same operation against a node:http server, each client in a fresh process; heap after a forced GC that has settled. " +
        "Target: 0 failures, growth within 10 %.",
      "",
      ...rows,
      "",
      ...mocks,
    ];
    writeOwnSections(text.join("\n"));
    console.log("wrote the load sections of bench/results.md");
    return;
  }
  const adapters = await loadFaultAdapters();
  const rows: string[] = [];
  const body = JSON.stringify({ statusCode: 0, items: [] });
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(body));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const local = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const LOCAL_TOTAL = Number(process.env.LOAD_REQUESTS ?? 100_000);
  for (const adapter of adapters.filter((a) => a.vendor === vendor)) {
    const mock = await startMock(adapter.vendor, { port: 0 });
    const onMock = adapter.create(mock.origin, { timeoutMs: 30_000, retry: {} });
    const m = await pool(1_000, 20, () => onMock.safe());
    await mock.close();
    const calls = adapter.create(local, { timeoutMs: 30_000, retry: {} });
    await pool(1_000, 20, () => calls.safe());
    const first = await heapAfterGc();
    await pool(LOCAL_TOTAL - 1_000, 20, () => calls.safe());
    const last = await heapAfterGc();
    const growth = ((last - first) / first) * 100;
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    rows.push(
      `| @callspec/${adapter.vendor} | 1000 | ${m.failures} | ${m.p50.toFixed(1)} | ${m.p99.toFixed(1)} | ` +
        `${LOCAL_TOTAL} | ${mb(first)} | ${mb(last)} | ${growth.toFixed(1)} % |`,
    );
    console.log(rows.at(-1));
  }
  server.close();
}

const JAMBONZ = { vendor: "jambonz" as const, path: "/Accounts", headers: { Authorization: "Bearer bench-key" } };
const KAZOO = {
  vendor: "kazoo" as const,
  path: "/accounts/4b31dd1d32ce6d249897c06332375d65/users",
  headers: { "X-Auth-Token": "bench-token" },
};

/** Requests per second and latencies of `total` GETs at `concurrency`, raw fetch (no client in the way). */
async function hammer(url: string, headers: Record<string, string>, total: number, concurrency: number) {
  const started = performance.now();
  const result = await pool(total, concurrency, async () => {
    const answer = await fetch(url, { headers });
    await answer.arrayBuffer();
    if (answer.status !== 200) throw new Error(`status ${answer.status}`);
  });
  return { ...result, rps: total / ((performance.now() - started) / 1000) };
}

/** Prism's own server (`prism mock --errors`) on a vendor's bundled spec, as the mock ran before its engine. */
async function prismCli(vendor: MockVendor): Promise<{ url: string; readyMs: number; stop: () => void }> {
  const require = createRequire(join(repoRoot, "packages", "mock", "package.json"));
  const bin = join(require.resolve("@stoplight/prism-cli/package.json"), "..", "dist", "index.js");
  const spec = require.resolve(`@callspec/specs/${vendor}.json`);
  const port = 4900 + ["jambonz", "kazoo"].indexOf(vendor);
  const t0 = performance.now();
  const child = spawn(process.execPath, [bin, "mock", "--errors", "-p", String(port), spec], {
    stdio: ["ignore", "pipe", "ignore"],
    env: { ...process.env, NO_COLOR: "1" },
  });
  await new Promise<void>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (c: Buffer) => {
      out += c;
      if (out.includes("Prism is listening")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`prism mock exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}`, readyMs: performance.now() - t0, stop: () => child.kill() };
}

/** The mock section: ready times, then jambonz and Kazoo in alternating rounds, ours and Prism's server. */
async function mockFigures(): Promise<string[]> {
  const ready: string[] = [];
  for (const { name } of presentVendors()) {
    const t0 = performance.now();
    const mock = await startMock(name, { port: 0 });
    ready.push(`| ${name} | ${mock.operations.length} | ${(performance.now() - t0).toFixed(0)} |`);
    await mock.close();
  }
  const t0 = performance.now();
  const all = await Promise.all(presentVendors().map(({ name }) => startMock(name, { port: 0 })));
  const allMs = performance.now() - t0;
  await Promise.all(all.map((m) => m.close()));

  const rows: string[] = [];
  const ratios: string[] = [];
  for (const engine of ["callspec mock", "Prism's server (before)"] as const) {
    const targets = await Promise.all(
      [JAMBONZ, KAZOO].map(async (t) => {
        if (engine === "callspec mock") {
          const mock = await startMock(t.vendor, { port: 0 });
          return { ...t, url: `${mock.url}${t.path}`, stop: () => mock.close() };
        }
        const prism = await prismCli(t.vendor);
        return { ...t, url: `${prism.url}${t.path}`, stop: async () => prism.stop() };
      }),
    );
    const runs = new Map<string, { seq: number[]; conc: number[]; p99: number[] }>();
    for (const t of targets) await hammer(t.url, t.headers, 200, 4); // warm-up
    for (let round = 0; round < 3; round++) {
      for (const t of targets) {
        const seq = await hammer(t.url, t.headers, 300, 1);
        const conc = await hammer(t.url, t.headers, 1000, 20);
        const r = runs.get(t.vendor) ?? { seq: [], conc: [], p99: [] };
        r.seq.push(seq.rps);
        r.conc.push(conc.rps);
        r.p99.push(conc.p99);
        runs.set(t.vendor, r);
      }
    }
    await Promise.all(targets.map((t) => t.stop()));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    for (const t of targets) {
      const r = runs.get(t.vendor)!;
      rows.push(`| ${engine} | ${t.vendor} | ${median(r.seq).toFixed(0)} | ${median(r.conc).toFixed(0)} | ${median(r.p99).toFixed(1)} |`);
    }
    const j = runs.get("jambonz")!;
    const k = runs.get("kazoo")!;
    ratios.push(`${engine}: Kazoo ÷ jambonz at 20 concurrent ${(median(k.conc) / median(j.conc)).toFixed(2)}`);
  }
  return [
    "## Mocks (`pnpm bench:load`)",
    "",
    `Date: ${new Date().toISOString().slice(0, 10)}, Node ${process.version}. ` +
      "Ready: from `startMock` to its promise resolving (the spec loaded, its port answering), one vendor at a time, " +
      "then all five started side by side. " +
      "Requests: raw `fetch` GETs of each vendor's safe operation (jambonz `GET /Accounts`, Kazoo `GET /accounts/{id}/users`), " +
      "request validation on; 300 one at a time, then 1,000 at concurrency 20; three alternating rounds, the median shown. " +
      '"Prism\'s server" is `prism mock --errors` on the same bundled spec, the engine the mocks ran on before. ' +
      "Targets: Kazoo at least 0.8 × jambonz, p99 at 20 concurrent under 100 ms, ready under 2.5 s per vendor, all five under 6 s.",
    "",
    "| vendor | operations | ready ms |",
    "|---|---:|---:|",
    ...ready,
    `| all five, side by side |  | ${allMs.toFixed(0)} |`,
    "",
    "| server | vendor | req/s, one at a time | req/s, 20 concurrent | p99 ms, 20 concurrent |",
    "|---|---|---:|---:|---:|",
    ...rows,
    "",
    ...ratios.map((r) => `- ${r}`),
    "",
  ];
}

/** Replaces the sections of bench/results.md this script writes (their headings name it), keeping the others. */
function writeOwnSections(text: string): void {
  const file = join(repoRoot, "bench", "results.md");
  const old = existsSync(file) ? readFileSync(file, "utf8") : "";
  const others = old.split(/\n(?=## )/).filter((section) => !section.split("\n")[0]!.includes("`pnpm bench:load`"));
  writeFileSync(file, `${[...others.map((section) => section.trimEnd()), text.trimEnd()].join("\n\n")}\n`);
}

main().catch(reportFailure);
