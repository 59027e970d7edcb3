import { fork, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { basePathOf, defaultBasePathOf, listOperations, templateSource, type OpenApiDocument, type OperationEntry } from "./openapi.js";

export {
  basePathOf,
  defaultBasePathOf,
  listOperations,
  HTTP_METHODS,
  type OpenApiDocument,
  type OpenApiOperation,
  type OperationEntry,
} from "./openapi.js";

const require = createRequire(import.meta.url);

/** The vendors a mock is served for. */
export type MockVendor = "jambonz" | "kazoo" | "genesys-gws" | "jtel" | "telphin";

/** Whether `name` is one of the vendors (a name read from a command line, for instance). */
export function isMockVendor(name: string): name is MockVendor {
  return mockableVendors().some((v) => v.name === name);
}

export interface VendorInfo {
  name: MockVendor;
  title: string;
  version: string;
  operations: number;
  /** Fixed port of its mock when none is given. */
  port: number;
}

/** The vendors whose bundled spec ships in @callspec/specs. */
export function mockableVendors(): VendorInfo[] {
  return require("@callspec/specs/vendors.json") as VendorInfo[];
}

/** A mistake of the caller (unknown vendor, port taken): its message is meant to be shown as is. */
export class MockUsageError extends Error {
  override name = "MockUsageError";
}

export interface MockOptions {
  /** Port of the mock (default: the vendor's fixed port; 0 picks a free one). */
  port?: number;
  host?: string;
  /** Validate requests and answer invalid ones in the vendor's error shape, naming each violation (default true). */
  errors?: boolean;
  /** Keep what requests create, change and delete, in memory, per the vendor's resource rules (default false). */
  stateful?: boolean;
  /** Prism's own log lines. */
  onLog?: (line: string) => void;
}

export interface SeenOperation extends OperationEntry {
  statuses: number[];
}

export interface RunningMock {
  vendor: MockVendor;
  /** Base URL a client uses, with the vendor's real base path (`http://127.0.0.1:4010/v1`); server variables at their defaults. */
  url: string;
  /** Origin of the mock, without the base path. */
  origin: string;
  basePath: string;
  operations: OperationEntry[];
  document: OpenApiDocument;
  /** Stateful mode: forget every change and issued token or session (the examples come back). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** The bundled document of a vendor, from @callspec/specs. */
export function loadSpec(vendor: string): { file: string; document: OpenApiDocument } {
  const known = mockableVendors();
  if (!known.some((v) => v.name === vendor)) {
    throw new MockUsageError(`Unknown vendor "${vendor}". Valid names: ${known.map((v) => v.name).join(", ")}.`);
  }
  const file = require.resolve(`@callspec/specs/${vendor}.json`);
  return { file, document: JSON.parse(readFileSync(file, "utf8")) as OpenApiDocument };
}

/**
 * Starts a Prism mock of one vendor. Prism serves every path at its root and ignores the servers' base
 * path, so a front answers under the vendor's real base path (`/v1`, `/rest/v1.0/{ClientsID}`, ...),
 * strips it and forwards to Prism. `GET /__callspec/seen` on the front lists the operations called so far.
 */
export async function startMock(vendor: MockVendor, options: MockOptions = {}): Promise<RunningMock> {
  const host = options.host ?? "127.0.0.1";
  const { file, document } = loadSpec(vendor);
  const port = options.port ?? mockableVendors().find((v) => v.name === vendor)!.port;
  const operations = listOperations(document);
  const basePath = basePathOf(document);

  const front = createServer();
  await listen(front, port, host, vendor);
  const engine = await startEngine(file, host, vendor, options).catch(async (error) => {
    await closeServer(front);
    throw error;
  });
  const { child: prism, port: prismPort } = engine;
  // Prism gone while the mock runs (crashed, killed, or it lost its port to another listener): say so on every
  // request instead of forwarding to whatever holds the port now.
  let gone: string | undefined;
  prism.once("exit", (code, signal) => (gone = `its process exited (${signal ?? `code ${code}`})`));

  const seen = new Map<string, SeenOperation>();
  const matcher = createMatcher(operations);
  const baseRe = new RegExp(`^${templateSource(basePath)}(?=/|\\?|$)`);
  const ownBases = Object.entries(document.paths ?? {})
    .filter(([, item]) => Array.isArray(item.servers))
    .map(([path, item]) => {
      const base = basePathOf({ ...document, servers: item.servers as OpenApiDocument["servers"] });
      return { base, re: new RegExp(`^${templateSource(base + path)}(?=\\?|$)`) };
    });
  const ownBase = (url: string): [string] | null => {
    const found = ownBases.find((b) => b.re.test(url));
    return found ? [found.base] : null;
  };
  front.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? "/";
    if (gone) {
      res.writeHead(502, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: `The ${vendor} mock cannot answer: ${gone}.` }));
      return;
    }
    if (req.method === "POST" && url === "/__callspec/reset") {
      forward(req, res, "/__callspec/reset");
      return;
    }
    if (req.method === "GET" && url === "/__callspec/seen") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify([...seen.values()]));
      return;
    }
    // A path item with servers of its own (Telphin's `/oauth/token` at the host root) answers under its own base.
    const match = baseRe.exec(url) ?? ownBase(url);
    if (!match) {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: `This mock serves ${vendor} under ${basePath || "/"}; ${url.split("?")[0]} is outside it.` }));
      return;
    }
    const rest = url.slice(match[0].length) || "/";
    const operation = matcher(req.method ?? "GET", rest.split("?")[0]!);
    forward(req, res, rest.startsWith("/") ? rest : `/${rest}`, (answer) => {
      if (operation) {
        const key = `${operation.method} ${operation.path}`;
        const entry = seen.get(key) ?? { ...operation, statuses: [] };
        if (!entry.statuses.includes(answer.statusCode ?? 0)) entry.statuses.push(answer.statusCode ?? 0);
        seen.set(key, entry);
      }
    });
  });
  const forward = (req: IncomingMessage, res: ServerResponse, path: string, onAnswer?: (answer: IncomingMessage) => void) => {
    const upstream = httpRequest(
      { host, port: prismPort, method: req.method, path, headers: { ...req.headers, host: `${host}:${prismPort}` } },
      (answer) => {
        onAnswer?.(answer);
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", (error) => {
      if (res.headersSent) return res.destroy();
      res.writeHead(502, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: `The ${vendor} mock is not answering: ${error.message}` }));
    });
    req.pipe(upstream);
  };

  const origin = `http://${host}:${(front.address() as AddressInfo).port}`;
  return {
    vendor,
    url: `${origin}${defaultBasePathOf(document)}`,
    origin,
    basePath,
    operations,
    document,
    async reset() {
      const answer = await fetch(`${origin}/__callspec/reset`, { method: "POST" });
      await answer.arrayBuffer();
    },
    async close() {
      await closeServer(front);
      await stopProcess(prism);
    },
  };
}

function createMatcher(operations: OperationEntry[]) {
  // A template matches only paths of its own segment count: each request is tried against that handful.
  const keyOf = (method: string, path: string) => `${method} ${path.split("/").length}`;
  const byKey = new Map<string, { op: OperationEntry; literal: number; re: RegExp }[]>();
  for (const op of operations) {
    const key = keyOf(op.method, op.path);
    byKey.set(key, [
      ...(byKey.get(key) ?? []),
      {
        op,
        // Literal segments count 1; a segment mixing text and a template (`report-{ID}`) beats a bare `{ID}`.
        literal: op.path
          .split("/")
          .filter(Boolean)
          .reduce((n, s) => n + (!s.includes("{") ? 1 : s.replace(/\{[^}]+\}/g, "") ? 0.5 : 0), 0),
        re: new RegExp(`^${templateSource(op.path)}$`),
      },
    ]);
  }
  return (method: string, path: string): OperationEntry | undefined => {
    let best: { op: OperationEntry; literal: number } | undefined;
    for (const c of byKey.get(keyOf(method, path)) ?? []) {
      if (!c.re.test(path)) continue;
      if (!best || c.literal > best.literal) best = c;
    }
    return best?.op;
  };
}

async function listen(server: Server, port: number, host: string, vendor: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off("listening", onListening);
      if (error.code === "EADDRINUSE") {
        reject(
          new MockUsageError(
            `Port ${port} on ${host} is already in use, so the ${vendor} mock cannot start. ` +
              "Stop what holds it (another `pnpm start` or `pnpm mock`?) or pass --port.",
          ),
        );
      } else if (error.code === "EACCES") {
        reject(new MockUsageError(`Not allowed to listen on ${host}:${port} for the ${vendor} mock; pick a port above 1024.`));
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

/**
 * Starts the mock's own process (engine.ts): Prism's validator and mocker behind its server, on a free port it
 * reports over IPC. The IPC channel is also its lifeline: when this process ends, however it ends, the channel
 * closes and the engine exits.
 */
function startEngine(specFile: string, host: string, vendor: string, options: MockOptions): Promise<{ child: ChildProcess; port: number }> {
  const fromSource = import.meta.url.endsWith(".ts");
  const entry = new URL(`./engine.${fromSource ? "ts" : "js"}`, import.meta.url);
  // From the sources (tests, scripts) the engine runs through tsx, as they do.
  const execArgv = fromSource ? ["--import", pathToFileURL(require.resolve("tsx/esm")).href] : [];
  const config = {
    vendor,
    file: specFile,
    host,
    errors: options.errors !== false,
    stateful: options.stateful === true,
    verbose: !!options.onLog,
  };
  return new Promise((resolve, reject) => {
    const child = fork(entry, [JSON.stringify(config)], {
      execArgv,
      stdio: ["ignore", "pipe", "pipe", "ipc"],
      env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
    });
    let output = "";
    let settled = false;
    const settle = (error?: Error, port?: number) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        child.kill("SIGKILL");
        reject(error);
      } else resolve({ child, port: port! });
    };
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      if (!settled) output += text;
      if (options.onLog) for (const line of text.split("\n")) if (line.trim()) options.onLog(line);
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("message", (message: { type: string; port?: number; message?: string }) => {
      if (message.type === "ready") settle(undefined, message.port);
      else if (message.type === "failed") settle(new Error(`The ${vendor} mock could not start:\n${tail(message.message ?? output)}`));
    });
    child.once("exit", (code, signal) =>
      settle(new Error(`The ${vendor} mock exited (${signal ?? `code ${code}`}) before it was listening:\n${tail(output)}`)),
    );
    const timer = setTimeout(() => settle(new Error(`The ${vendor} mock did not start within 60 s:\n${tail(output)}`)), 60_000);
  });
}

const tail = (text: string) => text.trim().split("\n").slice(-20).join("\n");

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
