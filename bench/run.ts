// `pnpm bench`: client overhead (interleaved, medians, ratios), type-check cost per fixture, and the stage
// times of the README test command. Writes bench/results.md. Not part of the test command.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus } from "node:os";
import { join } from "node:path";
import { readWithin } from "@callspec/core";
import createClient from "openapi-fetch";
import { loadFaultAdapters } from "../test/faults/reliability.js";
import { binOf, reportFailure } from "../scripts/lib/run.js";
import { clientOnlySizes, packageSizes } from "../scripts/lib/size.js";
import { countInstantiations, measureFixtures } from "../scripts/lib/typecost.js";
import { presentVendors, repoRoot } from "../scripts/lib/vendors.js";
import { stages } from "../scripts/test.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const PER_ROUND = Number(process.env.BENCH_REQUESTS ?? 400);
const WARMUP = 300;
/** Requests a variant makes before the next variant takes its turn. */
const BLOCK = 20;

type Variant = { name: string; get: () => Promise<unknown>; post: () => Promise<unknown> };
type BareClient = { GET(p: string): Promise<unknown>; POST(p: string, i: unknown): Promise<unknown> };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

type Samples = Map<string, { get: number[]; post: number[] }>;

/**
 * Per-request microseconds of each variant, `rounds` samples each. Every round runs the variants in blocks of
 * `block` requests, one block each in turn (in an order that rotates per round), so that the machine's drift
 * hits every variant alike.
 */
async function measure(variants: Variant[], rounds: number, perRound: number, block: number): Promise<Samples> {
  const samples: Samples = new Map(variants.map((v) => [v.name, { get: [], post: [] }]));
  for (const v of variants)
    for (let i = 0; i < WARMUP; i++) {
      await v.get();
      await v.post();
    }
  for (let round = 0; round < rounds; round++) {
    const order = variants.map((_, i) => variants[(i + round) % variants.length]!);
    for (const kind of ["get", "post"] as const) {
      const spent = new Map(order.map((v) => [v.name, 0]));
      const blocks = Math.max(1, Math.round(perRound / block));
      for (let b = 0; b < blocks; b++) {
        for (const v of order) {
          const t0 = performance.now();
          for (let i = 0; i < block; i++) await v[kind]();
          spent.set(v.name, spent.get(v.name)! + performance.now() - t0);
        }
      }
      for (const v of order) samples.get(v.name)![kind].push((spent.get(v.name)! * 1000) / (blocks * block));
    }
  }
  return samples;
}

const BODY = JSON.stringify({ statusCode: 0, sid: "a36c677b-b93d-4d54-8282-d506f2819691", items: [] });
const ANSWER_HEADERS = { "content-type": "application/json", "content-length": String(Buffer.byteLength(BODY)) };

const BARE = "bare openapi-fetch";

/** Bare openapi-fetch's GET and POST of `/v1/Accounts` at `origin`, over `fetch` when one is given. */
function bareVariant(name: string, origin: string, fetch?: (request: Request) => Promise<Response>): Variant {
  const bare = createClient<never>({ baseUrl: `${origin}/v1`, ...(fetch ? { fetch } : {}) }) as unknown as BareClient;
  return { name, get: () => bare.GET("/Accounts"), post: () => bare.POST("/Accounts", { body: { name: "bench" } }) };
}

/** Bare openapi-fetch against `origin`, and each vendor client beside bare openapi-fetch making its very calls. */
async function clientVariants(origin: string): Promise<{ variants: Variant[]; baselineOf: Map<string, string> }> {
  const variants: Variant[] = [bareVariant(BARE, origin)];
  const baselineOf = new Map<string, string>();
  for (const adapter of await loadFaultAdapters()) {
    const bareCalls = adapter.bare(origin);
    const calls = adapter.create(origin, { timeoutMs: 30_000, retry: {} });
    const baseline = `bare openapi-fetch, ${adapter.vendor}'s calls`;
    variants.push({ name: baseline, get: () => bareCalls.safe(), post: () => bareCalls.unsafe() });
    variants.push({ name: `@callspec/${adapter.vendor}`, get: () => calls.safe(), post: () => calls.unsafe() });
    baselineOf.set(`@callspec/${adapter.vendor}`, baseline);
  }
  return { variants, baselineOf };
}

/** Median of a client's per-round ratios to its baseline (the two ran side by side), with the middle half. */
function pairedRatio(samples: Samples, name: string, base: string, kind: "get" | "post"): string {
  const ours = samples.get(name)![kind];
  const theirs = samples.get(base)![kind];
  const ratios = ours.map((t, i) => t / theirs[i]!).sort((a, b) => a - b);
  const q = (f: number) => ratios[Math.min(ratios.length - 1, Math.floor(f * ratios.length))]!;
  return `${median(ratios).toFixed(3)} (${q(0.25).toFixed(2)}–${q(0.75).toFixed(2)})`;
}

async function overhead(): Promise<{ rows: string[]; loopbackBare: Map<string, number> }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(req.method === "POST" ? 201 : 200, ANSWER_HEADERS);
      res.end(BODY);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = `${origin}/v1/Accounts`;
  const postInit = () => ({ method: "POST", headers: { "content-type": "application/json" }, body: '{"name":"bench"}' });
  const { variants: clients, baselineOf } = await clientVariants(origin);
  const variants: Variant[] = [
    { name: "raw fetch(url, init)", get: async () => (await fetch(url)).json(), post: async () => (await fetch(url, postInit())).json() },
    ...clients,
  ];
  const samples = await measure(variants, ROUNDS, PER_ROUND, BLOCK);
  server.close();
  const med = (name: string, kind: "get" | "post") => median(samples.get(name)![kind]);
  const rows = [
    "| variant | GET µs | POST µs | GET ÷ raw | POST ÷ raw | GET ÷ bare, same calls | POST ÷ bare, same calls |",
    "|---|---:|---:|---:|---:|---:|---:|",
  ];
  for (const v of variants) {
    const r = (k: "get" | "post", base: string) => (med(v.name, k) / med(base, k)).toFixed(3);
    // Raw fetch's POST sends its own small body, so only the GET compares across rows; each vendor's POST
    // compares with its own baseline.
    const own = baselineOf.get(v.name);
    const vsBare = (k: "get" | "post") =>
      own ? pairedRatio(samples, v.name, own, k) : v.name !== variants[0]!.name && k === "get" ? r(k, BARE) : "";
    rows.push(
      `| ${v.name} | ${med(v.name, "get").toFixed(1)} | ${med(v.name, "post").toFixed(1)} | ` +
        `${r("get", variants[0]!.name)} | ${r("post", variants[0]!.name)} | ${vsBare("get")} | ${vsBare("post")} |`,
    );
  }
  return { rows, loopbackBare: new Map([...baselineOf].map(([client, base]) => [client, med(base, "get")])) };
}

const FLOOR = "bare openapi-fetch over a Response of the bytes read";

/**
 * The least a transport pays that reads each answer inside its time and size limits: openapi-fetch then reads
 * its data from a second Response, over the bytes already read.
 */
async function rereadAnswer(request: Request): Promise<Response> {
  const answer = await fetch(request);
  // Read as the transport reads, chunk by chunk (cheaper on Node 20 than arrayBuffer()).
  const bytes = (await readWithin(answer, Number.POSITIVE_INFINITY))!;
  return new Response(bytes, { status: answer.status, statusText: answer.statusText, headers: answer.headers });
}

/**
 * The same clients over an in-memory transport: a `fetch` that builds the Request undici's fetch builds, reads
 * the body it is sent and answers the same small JSON. Without the socket and the server, what each client
 * adds to bare openapi-fetch shows in microseconds with far less noise than over loopback.
 */
async function inMemoryCost(loopbackBare: Map<string, number>): Promise<{ rows: string[]; floor: number }> {
  const real = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (request.body) await request.arrayBuffer();
    return new Response(BODY, { status: request.method === "POST" ? 201 : 200, headers: ANSWER_HEADERS });
  }) as typeof fetch;
  try {
    // Created after the swap: openapi-fetch keeps the fetch it finds when a client is created.
    const { variants, baselineOf } = await clientVariants("http://127.0.0.1:9");
    variants.push(bareVariant(FLOOR, "http://127.0.0.1:9", rereadAnswer));
    const samples = await measure(variants, ROUNDS, PER_ROUND * 5, BLOCK * 5);
    const med = (name: string, kind: "get" | "post" = "get") => median(samples.get(name)![kind]);
    const floor = med(FLOOR) - med(BARE);
    const rows = [
      "| client | bare, same calls GET µs | client GET µs | added µs | added beyond the floor µs | " +
        "added ÷ loopback bare GET | GET ÷ bare, same calls | POST added µs |",
      "|---|---:|---:|---:|---:|---:|---:|---:|",
    ];
    for (const [client, base] of baselineOf) {
      const added = med(client) - med(base);
      rows.push(
        `| ${client} | ${med(base).toFixed(1)} | ${med(client).toFixed(1)} | ${added.toFixed(1)} | ${(added - floor).toFixed(1)} | ` +
          `${(1 + added / loopbackBare.get(client)!).toFixed(3)} | ${pairedRatio(samples, client, base, "get")} | ` +
          `${(med(client, "post") - med(base, "post")).toFixed(1)} |`,
      );
    }
    rows.push(
      `| ${FLOOR} | ${med(BARE).toFixed(1)} | ${med(FLOOR).toFixed(1)} | ${floor.toFixed(1)} |  |  | ` +
        `${pairedRatio(samples, FLOOR, BARE, "get")} | ${(med(FLOOR, "post") - med(BARE, "post")).toFixed(1)} |`,
    );
    return { rows, floor };
  } finally {
    globalThis.fetch = real;
  }
}

/** Wall seconds of one Node script run to its end, and a note when it failed. */
function timedRun(script: string, args: string[]): { seconds: number; outcome: string } {
  const t0 = performance.now();
  let outcome = "";
  try {
    execFileSync(process.execPath, [script, ...args], {
      cwd: repoRoot,
      stdio: "ignore",
      env: { ...process.env, REDOCLY_TELEMETRY: "off" },
    });
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
  const { rows: overheadRows, loopbackBare } = await overhead();
  console.log(overheadRows.join("\n"));
  console.log("the same clients over an in-memory transport…");
  const { rows: memoryRows, floor } = await inMemoryCost(loopbackBare);
  console.log(memoryRows.join("\n"));
  console.log("type-check cost per fixture…");
  const costs = await measureFixtures();
  // The budget test counts through the compiler API in one process; it must see what tsc prints.
  const counted = await countInstantiations();
  const differ = costs.filter((f) => counted.get(f.fixture) !== f.instantiations);
  if (differ.length)
    throw new Error(
      "the budget test's counts differ from tsc's: " +
        differ.map((f) => `${f.fixture} ${counted.get(f.fixture)} vs ${f.instantiations}`).join(", "),
    );
  const typeRows = costs.map((f) => `| ${f.fixture} | ${f.instantiations} | ${f.budget} | ${f.memoryMB} | ${f.checkTime} |`);
  console.log("runtime size…");
  const vendorNames = presentVendors().map((v) => v.name);
  const gzipBudgets = (JSON.parse(readFileSync(join(repoRoot, "bench", "budgets.json"), "utf8")) as { gzipBytes: Record<string, number> })
    .gzipBytes;
  const sizeRows = [...(await packageSizes(vendorNames)), ...(await clientOnlySizes(vendorNames))].map(
    (b) => `| ${b.name} | ${b.minified} | ${b.gzip} | ${gzipBudgets[b.name] ?? ""} |`,
  );
  console.log("stage times of the test command…");
  const stageRows = process.env.BENCH_SKIP_STAGES ? ["(skipped: BENCH_SKIP_STAGES)"] : stageTimes();
  const out = [
    "<!-- Written by `pnpm bench` (bench/run.ts). -->",
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
    "body; no auth header). A client's ratio to its baseline is the median of its per-round ratios (the two ran",
    "side by side), the middle half of them in brackets. Over loopback the socket's noise hides most of a client's",
    "own cost; the in-memory table below is the one with a target.",
    "",
    ...overheadRows,
    "",
    "### What each client adds, without the network",
    "",
    "The same calls over an in-memory transport (a `fetch` that builds the `Request` undici's fetch would, reads the",
    "body and answers the same JSON): no socket and no server, so the microseconds a client adds stand out of the",
    "noise. `added ÷ loopback bare GET` puts them against the loopback baseline above: the ratio the loopback table",
    "would show without its noise. Target: at most 30 µs added per GET.",
    "",
    ...memoryRows,
    "",
    `The last row is the floor: bare openapi-fetch over a \`fetch\` that only reads each answer and hands it a new`,
    "`Response` over the bytes, as a transport must that reads the body inside its time limit and its decoded-byte",
    `limit before openapi-fetch reads it. That alone adds ${floor.toFixed(1)} µs per GET here; \`added beyond the floor\` is`,
    "the rest of a client's work (auth, timeout, retry decision, guards, JSON check, error mapping).",
    "",
    "## Runtime size",
    "",
    "esbuild, minified, gzip level 9, openapi-fetch left out (its own size for scale). The budgeted figure is each",
    "package's whole entry, core included (test/budgets.test.ts, bench/budgets.json); the `alone` rows are what an app",
    "that imports only the client factory ships once its bundler drops the rest (`sideEffects: false`).",
    "",
    "| bundle | minified B | gzip B | budget B |",
    "|---|---:|---:|---:|",
    ...sizeRows,
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
  writeResults(out);
  console.log("wrote bench/results.md");
}

/** Writes bench/results.md, keeping the sections `pnpm bench:load` wrote there (their headings name it). */
function writeResults(lines: string[]): void {
  const file = join(repoRoot, "bench", "results.md");
  const old = existsSync(file) ? readFileSync(file, "utf8") : "";
  const kept = old
    .split(/\n(?=## )/)
    .filter((section) => section.startsWith("## ") && section.split("\n")[0]!.includes("`pnpm bench:load`"));
  writeFileSync(file, `${[lines.join("\n").trimEnd(), ...kept.map((section) => section.trimEnd())].join("\n\n")}\n`);
}

main().catch(reportFailure);
