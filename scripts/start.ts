// `pnpm start`: lint, generate, build the docs, then serve the docs and one mock per vendor until Ctrl-C.
import type { Server } from "node:http";
import { buildSite } from "./docs.js";
import { serveSite } from "./lib/site-server.js";
import { startMock, type RunningMock } from "@callspec/mock";
import { binOf, reportFailure, runNode } from "./lib/run.js";
import { DOCS_PORT, presentVendors, UsageError } from "./lib/vendors.js";

const HOST = "127.0.0.1";

async function main() {
  for (const [label, script] of [
    ["lint", "scripts/lint.ts"],
    ["generate", "scripts/generate.ts"],
  ] as const) {
    console.log(`» ${label}`);
    const code = await runNode(binOf("tsx", "tsx"), [script]);
    if (code !== 0) throw new UsageError(`${label} failed (exit ${code}); nothing was started.`);
  }
  console.log("» docs");
  const entries = await buildSite();
  const mocks: RunningMock[] = [];
  let site: Server | undefined;
  const stop = async () => {
    await Promise.allSettled([...mocks.map((m) => m.close()), new Promise((r) => (site ? site.close(r) : r(undefined)))]);
  };
  try {
    site = await serveSite(DOCS_PORT, HOST);
    // Side by side: each mock is a process of its own, and each one's start is mostly its own CPU work.
    const started = await Promise.allSettled(presentVendors().map((vendor) => startMock(vendor.name, { port: vendor.port, host: HOST })));
    for (const s of started) if (s.status === "fulfilled") mocks.push(s.value);
    const failed = started.find((s): s is PromiseRejectedResult => s.status === "rejected");
    if (failed) throw failed.reason;
  } catch (error) {
    await stop();
    throw error;
  }
  console.log(`\ncallspec is up. Portal: http://${HOST}:${DOCS_PORT}/\n`);
  for (const mock of mocks) {
    const entry = entries.find((e) => e.vendor === mock.vendor);
    console.log(
      `${mock.vendor.padEnd(12)} docs http://${HOST}:${DOCS_PORT}/${mock.vendor}/  mock ${mock.url}  ` +
        `${entry?.operations ?? mock.operations.length} operations`,
    );
  }
  console.log("\nCtrl-C stops everything.");
  const shutdown = () => {
    console.log("\nstopping…");
    stop().then(() => process.exit(0));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch(reportFailure);
