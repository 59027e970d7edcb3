// `pnpm bench`: client overhead (interleaved, medians, ratios), type-check cost per fixture, and the stage
// times of the README test command. Writes bench/results.md. Not part of the test command.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus } from "node:os";
import { join } from "node:path";
import createClient from "openapi-fetch";
import { loadFaultAdapters } from "./lib/reliability.js";
import { binOf, reportFailure } from "./lib/run.js";
import { countInstantiations, measureFixtures } from "./lib/typecost.js";
import { repoRoot } from "./lib/vendors.js";
import { stages } from "./test.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const PER_ROUND = Number(process.env.BENCH_REQUESTS ?? 400);
const WARMUP = 300;
/** Requests a variant makes before the next variant takes its turn. */
const BLOCK = 20;

type Variant = { name: string; get: () => Promise<unknown>; post: () => Promise<unknown> };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function overhead(): Promise<string[]> {
  const body = JSON.stringify({ statusCode: 0, sid: "a36c677b-b93d-4d54-8282-d506f2819691", items: [] });
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(req.method === "POST" ? 201 : 200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      res.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = `${origin}/v1/Accounts`;
  const postInit = () => ({ method: "POST", headers: { "content-type": "application/json" }, body: '{"name":"bench"}' });
  const bare = createClient<never>({ baseUrl: `${origin}/v1` }) as unknown as {
    GET(p: string): Promise<unknown>;
    POST(p: string, i: unknown): Promise<unknown>;
  };
  const variants: Variant[] = [
    { name: "raw fetch(url, init)", get: async () => (await fetch(url)).json(), post: async () => (await fetch(url, postInit())).json() },
    { name: "bare openapi-fetch", get: () => bare.GET("/Accounts"), post: () => bare.POST("/Accounts", { body: { name: "bench" } }) },
  ];
  // Each vendor client against bare openapi-fetch making the very same calls (path, parameters, body).
  const baselineOf = new Map<string, string>();
  for (const adapter of await loadFaultAdapters()) {
    const bareCalls = adapter.bare(origin);
    const calls = adapter.create(origin, { timeoutMs: 30_000, retry: {} });
    const baseline = `bare openapi-fetch, ${adapter.vendor}'s calls`;
    variants.push({ name: baseline, get: () => bareCalls.safe(), post: () => bareCalls.unsafe() });
    variants.push({ name: `@callspec/${adapter.vendor}`, get: () => calls.safe(), post: () => calls.unsafe() });
    baselineOf.set(`@callspec/${adapter.vendor}`, baseline);
  }
  const samples = new Map<string, { get: number[]; post: number[] }>(variants.map((v) => [v.name, { get: [], post: [] }]));
  for (const v of variants) for (let i = 0; i < WARMUP; i++) await v.get(), await v.post();
  for (let round = 0; round < ROUNDS; round++) {
    // Interleaved finely: each round runs every variant in blocks of BLOCK requests, one block each in turn
    // (in an order that rotates per round), so that the machine's drift hits every variant alike.
    const order = variants.map((_, i) => variants[(i + round) % variants.length]!);
    for (const kind of ["get", "post"] as const) {
      const spent = new Map(order.map((v) => [v.name, 0]));
      for (let block = 0; block < PER_ROUND / BLOCK; block++) {
        for (const v of order) {
          const t0 = performance.now();
          for (let i = 0; i < BLOCK; i++) await v[kind]();
          spent.set(v.name, spent.get(v.name)! + performance.now() - t0);
        }
      }
      for (const v of order) samples.get(v.name)![kind].push((spent.get(v.name)! * 1000) / PER_ROUND);
    }
  }
  server.close();
  const med = (name: string, kind: "get" | "post") => median(samples.get(name)![kind]);
  // Against its baseline, a client's ratio is taken round by round (the two ran side by side in each round),
  // then the median of those ratios, with the middle half of them as the spread: drift between rounds cancels.
  const paired = (name: string, base: string, kind: "get" | "post") => {
    const ours = samples.get(name)![kind];
    const theirs = samples.get(base)![kind];
    const ratios = ours.map((t, i) => t / theirs[i]!).sort((a, b) => a - b);
    const q = (f: number) => ratios[Math.min(ratios.length - 1, Math.floor(f * ratios.length))]!;
    return `${median(ratios).toFixed(3)} (${q(0.25).toFixed(2)}–${q(0.75).toFixed(2)})`;
  };
  const rows = [
    "| variant | GET µs | POST µs | GET ÷ raw | POST ÷ raw | GET ÷ bare, same calls | POST ÷ bare, same calls |",
    "|---|---:|---:|---:|---:|---:|---:|",
  ];
  for (const v of variants) {
    const r = (k: "get" | "post", base: string) => (med(v.name, k) / med(base, k)).toFixed(3);
    // Raw fetch's POST sends its own small body, so only the GET compares across rows; each vendor's POST
    // compares with its own baseline.
    const own = baselineOf.get(v.name);
    const vsBare = (k: "get" | "post") => (own ? paired(v.name, own, k) : v.name !== variants[0]!.name && k === "get" ? r(k, "bare openapi-fetch") : "");
    rows.push(
      `| ${v.name} | ${med(v.name, "get").toFixed(1)} | ${med(v.name, "post").toFixed(1)} | ${r("get", variants[0]!.name)} | ${r("post", variants[0]!.name)} | ${vsBare("get")} | ${vsBare("post")} |`,
    );
  }
  return rows;
}

/** Wall seconds of one Node script run to its end, and a note when it failed. */
function timedRun(script: string, args: string[]): { seconds: number; outcome: string } {
  const t0 = performance.now();
  let outcome = "";
  try {
    execFileSync(process.execPath, [script, ...args], { cwd: repoRoot, stdio: "ignore", env: { ...process.env, REDOCLY_TELEMETRY: "off" } });
  } catch (error) {
    outcome = ` (failed, exit ${(error as { status?: number }).status})`;
  }
  return { seconds: (performance.now() - t0) / 1000, outcome };
}

function stageTimes(): string[] {
  const rows = ["| stage | wall s |", "|---|---:|"];
  let total = 0;
  for (const stage of stages) {
    const { seconds, outcome } = timedRun(stage.script, stage.args);
    total += seconds;
    rows.push(`| ${stage.name}${outcome} | ${seconds.toFixed(1)} |`);
  }
  rows.push(`| sum, one stage at a time | ${total.toFixed(1)} |`);
  // The README's test command itself, which runs the stages two at a time.
  const whole = timedRun(binOf("tsx", "tsx"), ["scripts/test.ts"]);
  rows.push(`| **the test command (\`pnpm test\`, two stages at a time)${whole.outcome}** | **${whole.seconds.toFixed(1)}** |`);
  return rows;
}

async function main() {
  const date = new Date().toISOString().slice(0, 10);
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}`;
  console.log(`client overhead: ${ROUNDS} rounds × ${PER_ROUND} requests per variant and method…`);
  const overheadRows = await overhead();
  console.log(overheadRows.join("\n"));
  console.log("type-check cost per fixture…");
  const costs = await measureFixtures();
  // The budget test counts through the compiler API in one process; it must see what tsc prints.
  const counted = await countInstantiations();
  const differ = costs.filter((f) => counted.get(f.fixture) !== f.instantiations);
  if (differ.length) throw new Error(`the budget test's counts differ from tsc's: ${differ.map((f) => `${f.fixture} ${counted.get(f.fixture)} vs ${f.instantiations}`).join(", ")}`);
  const typeRows = costs.map((f) => `| ${f.fixture} | ${f.instantiations} | ${f.budget} | ${f.memoryMB} | ${f.checkTime} |`);
  console.log("stage times of the test command…");
  const stageRows = process.env.BENCH_SKIP_STAGES ? ["(skipped: BENCH_SKIP_STAGES)"] : stageTimes();
  const out = [
    "<!-- Written by `pnpm bench` (scripts/bench.ts). -->",
    "# Benchmarks",
    "",
    `Machine: ${machine}. Date: ${date}.`,
    "",
    "## Client overhead",
    "",
    `Local node:http server on 127.0.0.1 answering a small JSON body; the same GET and POST through each variant,`,
    `interleaved in blocks of ${BLOCK} requests (every variant in turn, the order rotating per round) after ${WARMUP}`,
    `warm-up calls; median of ${ROUNDS} rounds × ${PER_ROUND} requests.`,
    "A vendor client carries everything it installs (auth, timeout, retry policy, guards, decoding, error mapping),",
    "and runs as published: packages/*/dist, built before the bench (bench/tsconfig.json maps @callspec/* there).",
    "Each vendor client is compared with bare openapi-fetch making the same calls (same path, parameters and",
    "body; no auth header). Target: each vendor client within 1.05× of that baseline. A client's ratio to its",
    "baseline is the median of its per-round ratios (the two ran side by side), the middle half of them in brackets.",
    "",
    ...overheadRows,
    "",
    "## Type-check cost",
    "",
    "`tsc --extendedDiagnostics` over each consumer fixture in bench/fixtures (20 typed calls, some behind",
    "`@ts-expect-error`), checked as a consumer's project checks them: against the published declarations",
    "(packages/*/dist), strict, no Node types (bench/fixtures/tsconfig.json). Budgets are enforced by",
    "test/budgets.test.ts in the test command's budgets stage; the bench checks that its counts match tsc's.",
    "",
    "| fixture | instantiations | budget | memory MB | check time |",
    "|---|---:|---:|---:|---|",
    ...typeRows,
    "",
    "## Stage times of the README test command",
    "",
    ...stageRows,
    "",
  ];
  writeFileSync(join(repoRoot, "bench", "results.md"), out.join("\n"));
  console.log("wrote bench/results.md");
}

main().catch(reportFailure);
