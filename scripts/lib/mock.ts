import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { basePathOf, bundleSpec, listOperations, type OpenApiDocument, type OperationEntry } from "./spec.js";
import { repoRoot, UsageError, type Vendor } from "./vendors.js";

const prismBin = join(createRequire(import.meta.url).resolve("@stoplight/prism-cli/package.json"), "..", "dist", "index.js");

export interface SeenOperation extends OperationEntry {
  statuses: number[];
}

export interface RunningMock {
  vendor: string;
  /** Base URL a client uses, with the vendor's real base path (`http://127.0.0.1:4010/v1`). */
  url: string;
  /** Origin of the mock, without the base path. */
  origin: string;
  basePath: string;
  operations: OperationEntry[];
  document: OpenApiDocument;
  close(): Promise<void>;
}

export interface MockOptions {
  /** Port of the front (0 picks a free one). */
  port: number;
  host?: string;
  /** Prism's own log lines, for `pnpm mock`. */
  onLog?: (line: string) => void;
}

/**
 * Prism serves every path at its root and ignores the servers' base path, so a client configured with the
 * vendor's real base URL would miss. The front answers under the real base path, strips it and forwards
 * to Prism; it also keeps which operations were called (GET /__callspec/seen) for the coverage test.
 */
export async function startMock(vendor: Vendor, options: MockOptions): Promise<RunningMock> {
  const host = options.host ?? "127.0.0.1";
  const document = await bundleSpec(vendor);
  const operations = listOperations(document);
  const basePath = basePathOf(document);
  const dir = join(repoRoot, ".cache", "mocks");
  mkdirSync(dir, { recursive: true });
  const specFile = join(dir, `${vendor.name}.openapi.json`);
  writeFileSync(specFile, JSON.stringify(document));

  const front = createServer();
  await listen(front, options.port, host, vendor);
  const prismPort = await freePort(host);
  const prism = await startPrism(specFile, host, prismPort, vendor.name, options.onLog).catch(async (error) => {
    await closeServer(front);
    throw error;
  });

  const seen = new Map<string, SeenOperation>();
  const matcher = createMatcher(operations);
  const baseRe = new RegExp(`^${basePath.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}(?=/|$)`);
  front.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? "/";
    if (req.method === "GET" && url === "/__callspec/seen") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify([...seen.values()]));
      return;
    }
    const match = baseRe.exec(url);
    if (!match) {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: `This mock serves ${vendor.name} under ${basePath || "/"}; ${url} is outside it.` }));
      return;
    }
    const rest = url.slice(match[0].length) || "/";
    const pathOnly = rest.split("?")[0]!;
    const operation = matcher(req.method ?? "GET", pathOnly);
    const upstream = httpRequest(
      { host, port: prismPort, method: req.method, path: rest, headers: { ...req.headers, host: `${host}:${prismPort}` } },
      (answer) => {
        if (operation) {
          const key = `${operation.method} ${operation.path}`;
          const entry = seen.get(key) ?? { ...operation, statuses: [] };
          if (!entry.statuses.includes(answer.statusCode ?? 0)) entry.statuses.push(answer.statusCode ?? 0);
          seen.set(key, entry);
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", (error) => {
      res.writeHead(502, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: `Prism is not answering: ${error.message}` }));
    });
    req.pipe(upstream);
  });

  const origin = `http://${host}:${(front.address() as AddressInfo).port}`;
  return {
    vendor: vendor.name,
    url: `${origin}${basePath}`,
    origin,
    basePath,
    operations,
    document,
    async close() {
      await closeServer(front);
      await stopProcess(prism);
    },
  };
}

function createMatcher(operations: OperationEntry[]) {
  const compiled = operations.map((op) => {
    const segments = op.path.split("/");
    const literal = segments.filter((s) => s && !s.includes("{")).length;
    const source = op.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+");
    return { op, literal, re: new RegExp(`^${source}$`) };
  });
  return (method: string, path: string): OperationEntry | undefined => {
    let best: { op: OperationEntry; literal: number } | undefined;
    for (const c of compiled) {
      if (c.op.method !== method || !c.re.test(path)) continue;
      if (!best || c.literal > best.literal) best = c;
    }
    return best?.op;
  };
}

async function listen(server: Server, port: number, host: string, vendor: Vendor): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off("listening", onListening);
      if (error.code === "EADDRINUSE") {
        reject(new UsageError(`Port ${port} on ${host} is already in use, so the ${vendor.name} mock cannot start. Stop what holds it (another \`pnpm start\` or \`pnpm mock\`?) or pass --port.`));
      } else if (error.code === "EACCES") {
        reject(new UsageError(`Not allowed to listen on ${host}:${port} for the ${vendor.name} mock; pick a port above 1024.`));
      } else reject(error);
    };
    const onListening = () => {
      server.off("error", onError);
      resolve();
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, host);
  });
}

async function freePort(host: string): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => probe.once("error", reject).listen(0, host, resolve));
  const { port } = probe.address() as AddressInfo;
  await closeServer(probe);
  return port;
}

function startPrism(specFile: string, host: string, port: number, name: string, onLog?: (line: string) => void): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismBin, "mock", "--errors", "-h", host, "-p", String(port), specFile], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
    });
    let output = "";
    let ready = false;
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      if (onLog) for (const line of text.split("\n")) if (line.trim()) onLog(line);
      if (!ready && output.includes("Prism is listening")) {
        ready = true;
        resolve(child);
      }
      if (!ready && /fatal/i.test(output)) {
        ready = true;
        child.kill();
        reject(new Error(`Prism could not start the ${name} mock:\n${tail(output)}`));
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      if (!ready) reject(new Error(`Prism exited (code ${code}) before the ${name} mock was listening:\n${tail(output)}`));
    });
    setTimeout(() => {
      if (!ready) {
        child.kill();
        reject(new Error(`Prism did not start the ${name} mock within 60 s:\n${tail(output)}`));
      }
    }, 60_000).unref();
  });
}

function tail(text: string): string {
  return text.trim().split("\n").slice(-20).join("\n");
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
