// `pnpm start`: lint, generate, build the docs, then serve the docs and one mock per vendor until Ctrl-C.
import { createReadStream, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { buildSite, siteDir } from "./docs.js";
import { startMock, type RunningMock } from "./lib/mock.js";
import { binOf, reportFailure, runNode } from "./lib/run.js";
import { DOCS_PORT, presentVendors, UsageError } from "./lib/vendors.js";

const HOST = "127.0.0.1";
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".json": "application/json", ".yaml": "application/yaml" };

function serveSite(port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = normalize(join(siteDir, path));
    if (!file.startsWith(siteDir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      statSync(file);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new UsageError(`Port ${port} on ${HOST} (the docs site) is already in use: is another \`pnpm start\` running?`) : error),
    );
    server.listen(port, HOST, () => resolve(server));
  });
}

async function main() {
  for (const [label, script] of [["lint", "scripts/lint.ts"], ["generate", "scripts/generate.ts"]] as const) {
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
    site = await serveSite(DOCS_PORT);
    for (const vendor of presentVendors()) mocks.push(await startMock(vendor, { port: vendor.port, host: HOST }));
  } catch (error) {
    await stop();
    throw error;
  }
  console.log(`\ncallspec is up. Portal: http://${HOST}:${DOCS_PORT}/\n`);
  for (const mock of mocks) {
    const entry = entries.find((e) => e.vendor === mock.vendor);
    console.log(`${mock.vendor.padEnd(12)} docs http://${HOST}:${DOCS_PORT}/${mock.vendor}/  mock ${mock.url}  ${entry?.operations ?? mock.operations.length} operations`);
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
