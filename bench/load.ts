// `pnpm bench:load`: (1) 1,000 requests at concurrency 20 through each client against its Prism mock:
// failures and p50/p99; (2) 100,000 requests through each client against a local node:http server: heap
// after a forced GC, compared with the heap after the first 1,000 (a leak per request would show).
// Appends the results to bench/results.md. Runs each client in a child `node --expose-gc` of its own.
import { execFileSync } from "node:child_process";
import { appendFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { startMock } from "@callspec/mock";
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
      const out = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", join(repoRoot, "scripts", "bench-load.ts")], {
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
    const text = [
      "",
      "## Load (`pnpm bench:load`)",
      "",
      `Date: ${new Date().toISOString().slice(0, 10)}, Node ${process.version}. Mock: each client's safe operation against its Prism mock, concurrency 20. Local: the same operation against a node:http server, each client in a fresh process; heap after a forced GC that has settled. Target: 0 failures, growth within 10 %.`,
      "",
      ...rows,
      "",
    ];
    appendFileSync(join(repoRoot, "bench", "results.md"), text.join("\n"));
    console.log("appended to bench/results.md");
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
      `| @callspec/${adapter.vendor} | 1000 | ${m.failures} | ${m.p50.toFixed(1)} | ${m.p99.toFixed(1)} | ${LOCAL_TOTAL} | ${mb(first)} | ${mb(last)} | ${growth.toFixed(1)} % |`,
    );
    console.log(rows.at(-1));
  }
  server.close();
}

main().catch(reportFailure);
