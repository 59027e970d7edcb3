// The mock's own process: Prism's validator and mocker behind a server of ours, so that a request is routed once
// against an index (Prism's router sorts and matches every operation of the spec per request), errors come in the
// vendor's shape, sessions and state can be kept, and no request can bring the process down. It lives as long as
// the IPC channel to the process that started it: when that one dies, however it dies, the channel closes.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { createStateStore, type StateStore } from "./state.js";
import { SessionStore, type Answer, type MockRequest, type PrismOperation, type VendorProfile, type Violation } from "./vendors/types.js";
import { profileOf } from "./vendors/index.js";
import { templateSource } from "./openapi.js";

const require = createRequire(import.meta.url);

export interface EngineConfig {
  vendor: string;
  file: string;
  host: string;
  errors: boolean;
  stateful: boolean;
  verbose: boolean;
}

/** The slice of Prism's HTTP operation this file reads. */
interface PrismOutput {
  statusCode: number;
  headers?: Record<string, string>;
  body?: unknown;
}
type Either<L, R> = { _tag: "Left"; left: L } | { _tag: "Right"; right: R };
interface PrismResult {
  output: PrismOutput;
  validations: { input: PrismDiagnostic[]; output: PrismDiagnostic[] };
}
interface PrismDiagnostic {
  path?: (string | number)[];
  code?: string | number;
  message: string;
  severity: number;
}
interface ProblemError extends Error {
  status?: number;
  additional?: { headers?: Record<string, string> };
}

const ERROR = 0; // DiagnosticSeverity.Error

/** Prism's routes: the operations grouped by segment count, each with its compiled pattern. */
export function createRouter(operations: PrismOperation[]) {
  const bySegments = new Map<number, { op: PrismOperation; re: RegExp }[]>();
  for (const op of operations) {
    const n = op.path.split("/").length;
    const re = new RegExp(`^${templateSource(op.path)}$`);
    bySegments.set(n, [...(bySegments.get(n) ?? []), { op, re }]);
  }
  /** The operations whose path matches, all methods: Prism then picks among a handful, not among them all. */
  return (path: string): PrismOperation[] => (bySegments.get(path.split("/").length) ?? []).filter((c) => c.re.test(path)).map((c) => c.op);
}

/** `code=404, example=missingField` → `{ code: 404, exampleKey: "missingField" }`, as Prism reads `Prefer`. */
export function parsePrefer(value: string | undefined, query: MockRequest["query"]): Record<string, unknown> | string {
  const prefs: Record<string, string> = {};
  if (value) {
    for (const part of value.split(/[,;]/)) {
      const eq = part.indexOf("=");
      if (eq > 0)
        prefs[part.slice(0, eq).trim().toLowerCase()] = part
          .slice(eq + 1)
          .trim()
          .replace(/^"(.*)"$/, "$1");
    }
  } else {
    for (const key of ["code", "dynamic", "seed", "example"]) {
      const q = query[`__${key}`];
      if (typeof q === "string") prefs[key] = q;
    }
  }
  const out: Record<string, unknown> = {};
  if (prefs.code !== undefined) {
    if (!/^\d{3}$/.test(prefs.code)) return `Prefer code must be a three-digit status, not "${prefs.code}"`;
    out.code = Number(prefs.code);
  }
  if (prefs.dynamic !== undefined) {
    if (prefs.dynamic !== "true" && prefs.dynamic !== "false") return `Prefer dynamic must be true or false, not "${prefs.dynamic}"`;
    out.dynamic = prefs.dynamic === "true";
  }
  if (prefs.seed !== undefined) out.seed = prefs.seed;
  if (prefs.example !== undefined) out.exampleKey = prefs.example;
  return out;
}

const toViolations = (list: PrismDiagnostic[]): Violation[] =>
  list
    .filter((d) => d.severity === ERROR)
    .map((d) => ({ location: (d.path ?? []).map(String), code: String(d.code ?? ""), message: d.message }));

/**
 * Prism's mocker loads Faker with every locale when it is required (a third of the start-up time); it is used only
 * for dynamic answers (`Prefer: dynamic=true`), so it is loaded on first use instead.
 */
function deferFaker(fromPrism: NodeJS.Require): void {
  const generator = createRequire(fromPrism.resolve("@stoplight/prism-http/dist/mocker/generator/JSONSchema"));
  const file = generator.resolve("@faker-js/faker");
  if (require.cache[file]) return;
  let real: Record<string, unknown> | undefined;
  let stub: NodeJS.Module;
  const load = () => {
    if (!real) {
      delete require.cache[file];
      real = generator(file) as Record<string, unknown>;
      require.cache[file] = stub;
    }
    return real;
  };
  // json-schema-faker takes hold of `faker.default` as Prism loads, so that one is a stand-in too.
  const lazy = (pick: () => Record<string, unknown>) =>
    new Proxy({}, { get: (_, key) => (key === "__esModule" ? true : pick()[key as string]), has: (_, key) => key in pick() });
  const fakerDefault = lazy(() => load().default as Record<string, unknown>);
  const exports = new Proxy(
    {},
    {
      get: (_, key) => (key === "__esModule" ? true : key === "default" ? fakerDefault : load()[key as string]),
      has: (_, key) => key in load(),
    },
  );
  stub = { id: file, filename: file, loaded: true, exports, children: [], paths: [] } as unknown as NodeJS.Module;
  require.cache[file] = stub;
}

/**
 * Prism's getHttpOperationsFromSpec with the same steps (dereference, decycle, transform, bundle each operation),
 * but a decycle that encodes a JSON pointer only where it meets a cycle: Prism's encodes one for every object of the
 * dereferenced document, which is most of the time a large spec takes to load.
 */
export async function operationsOf(file: string, fromPrism: NodeJS.Require): Promise<PrismOperation[]> {
  const RefParser = fromPrism("@stoplight/json-schema-ref-parser") as new () => {
    dereference(schema: object, options: unknown): Promise<unknown>;
  };
  const { transformOas3Operations } = fromPrism("@stoplight/http-spec/oas3/operation") as {
    transformOas3Operations(doc: unknown): PrismOperation[];
  };
  const json = fromPrism("@stoplight/json") as { pathToPointer(path: string[]): string; bundleTarget(o: unknown): PrismOperation };
  // Webhooks are requests the vendor sends, never answered by the mock: left out, they cost no dereferencing.
  const { webhooks: _sent, ...served } = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  const document = await new RefParser().dereference(served, { resolve: { http: false, file: false } });
  const onPath = new Map<object, number>();
  const path: string[] = [];
  const copy = (value: unknown): unknown => {
    if (value === null || typeof value !== "object") return value;
    const isArray = Array.isArray(value);
    if (!isArray && Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
    const depth = onPath.get(value);
    if (depth !== undefined) return { $ref: json.pathToPointer(path.slice(0, depth)) };
    onPath.set(value, path.length);
    let out: unknown;
    if (isArray) {
      out = (value as unknown[]).map((item, i) => {
        path.push(String(i));
        const c = copy(item);
        path.pop();
        return c;
      });
    } else {
      const o: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        path.push(key);
        o[key] = copy((value as Record<string, unknown>)[key]);
        path.pop();
      }
      out = o;
    }
    onPath.delete(value);
    return out;
  };
  const result = copy(document) as Record<string, unknown>;
  if (result.openapi === undefined) throw new Error(`${file} is not an OpenAPI 3 document`);
  return transformOas3Operations(result).map((op) =>
    json.bundleTarget({ document: { ...result, __target__: op }, path: "#/__target__", cloneDocument: false }),
  );
}

export async function startEngine(config: EngineConfig) {
  const fromPrism = createRequire(require.resolve("@stoplight/prism-http"));
  deferFaker(fromPrism);
  const prismHttp = require("@stoplight/prism-http") as {
    createInstance(
      config: unknown,
      components: unknown,
    ): { request(input: unknown, resources: unknown, config?: unknown): () => Promise<Either<ProblemError, PrismResult>> };
  };
  const { createLogger } = require("@stoplight/prism-core") as {
    createLogger(name: string, options: unknown): { child(o: unknown): unknown; info(...a: unknown[]): void };
  };
  const defaultMock = require("@stoplight/prism-http/dist/mocker").default as (
    opts: MockCall,
  ) => (logger: unknown) => Either<Error, PrismOutput>;
  const profile: VendorProfile = profileOf(config.vendor);
  const operations = await operationsOf(config.file, fromPrism);
  const route = createRouter(operations);
  const sessions = new SessionStore();
  const state: StateStore | undefined = config.stateful ? createStateStore(operations, profile) : undefined;
  const logger = createLogger("CALLSPEC", { level: config.verbose ? "info" : "warn" });

  interface MockCall {
    resource: PrismOperation;
    input: { data: PrismInput; validations: PrismDiagnostic[] };
    config: Record<string, unknown>;
  }
  interface PrismInput {
    method: string;
    url: { path: string; query: MockRequest["query"] };
    headers: MockRequest["headers"];
    body: unknown;
  }
  // Stateful mode answers a valid request from the store, in the envelope of the example Prism would have sent;
  // Prism then validates that answer against the response schema as it does every answer.
  const mock = (call: MockCall) => (log: unknown) => {
    const example = defaultMock(call)(log);
    if (!state || example._tag === "Left" || call.input.validations.some((v) => v.severity === ERROR) || call.config.code !== undefined)
      return example;
    const { data } = call.input;
    const answer = state.answer(
      call.resource,
      {
        method: data.method.toUpperCase(),
        path: data.url.path,
        query: data.url.query,
        headers: data.headers,
        body: data.body,
      },
      example.right,
    );
    return answer ? { _tag: "Right" as const, right: answer } : example;
  };
  const prism = prismHttp.createInstance(
    {
      validateRequest: true,
      validateResponse: true,
      checkSecurity: true,
      errors: config.errors,
      upstreamProxy: undefined,
      isProxy: false,
      mock: { dynamic: false },
    },
    { logger, mock },
  );

  const send = (res: ServerResponse, answer: Answer, extra: Record<string, string | string[]> = {}) => {
    const headers: Record<string, string | string[]> = { ...lower(answer.headers), ...lower(extra) };
    let payload: string | undefined;
    if (answer.body !== undefined) {
      payload = typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
      if (!Object.keys(headers).some((h) => h.toLowerCase() === "content-type"))
        headers["content-type"] = typeof answer.body === "string" ? "text/plain" : "application/json";
    }
    res.writeHead(answer.status, headers);
    res.end(payload);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, raw: string) => {
    const url = new URL(req.url ?? "/", "http://mock");
    const query: MockRequest["query"] = {};
    for (const key of new Set(url.searchParams.keys())) {
      const all = url.searchParams.getAll(key);
      query[key] = all.length === 1 ? all[0]! : all;
    }
    const request: MockRequest = {
      method: (req.method ?? "GET").toUpperCase(),
      path: url.pathname,
      query,
      headers: req.headers,
      body: undefined,
    };
    if (request.method === "POST" && request.path === "/__callspec/reset") {
      state?.reset();
      sessions.clear();
      return send(res, { status: 204 });
    }
    const gate = profile.gate?.(request, sessions) ?? { headers: {} };
    if (gate.answer) return send(res, gate.answer, gate.headers);
    for (const segment of request.path.split("/")) {
      try {
        decodeURIComponent(segment);
      } catch {
        const violation = { location: ["path"], code: "uri", message: `Malformed percent-encoding in the path segment "${segment}"` };
        return send(res, profile.invalid(400, [violation]), gate.headers);
      }
    }
    const type = String(req.headers["content-type"] ?? "");
    if (raw !== "" && /json/i.test(type)) {
      try {
        request.body = JSON.parse(raw);
      } catch (error) {
        const violation = { location: ["body"], code: "json", message: `The body is not JSON: ${(error as Error).message}` };
        return send(res, profile.invalid(400, [violation]), gate.headers);
      }
    } else request.body = raw === "" ? undefined : raw;
    const candidates = route(request.path);
    if (candidates.length === 0) {
      const body = {
        type: "NO_PATH_MATCHED_ERROR",
        title: "Route not resolved, no path matched",
        status: 404,
        detail: `The route ${request.path} hasn't been found in the specification file`,
      };
      return send(res, { status: 404, headers: { "content-type": "application/problem+json" }, body }, gate.headers);
    }
    // Stateful mode: a route that needs credentials takes only a token this mock issued.
    const operation = candidates.find((c) => c.method.toUpperCase() === request.method);
    const secured = (operation?.security as unknown[] | undefined)?.length;
    const refused = state && secured ? state.checkToken(request) : undefined;
    if (refused) return send(res, refused, gate.headers);

    const prefer = parsePrefer(typeof req.headers.prefer === "string" ? req.headers.prefer : undefined, query);
    if (typeof prefer === "string") return send(res, { status: 422, body: { error: prefer } }, gate.headers);
    const input: PrismInput = {
      method: request.method.toLowerCase(),
      url: { path: request.path, query },
      headers: req.headers,
      body: request.body,
    };
    const result = await prism.request(input, candidates, { mock: { dynamic: false, ...prefer } })();
    if (result._tag === "Left") {
      const error = result.left;
      return send(
        res,
        {
          status: error.status ?? 500,
          headers: { "content-type": "application/problem+json", ...error.additional?.headers },
          body: problemOf(error),
        },
        gate.headers,
      );
    }
    const { output, validations } = result.right;
    const inputErrors = toViolations(validations.input);
    const outputErrors = toViolations(validations.output);
    // The session's own headers win over the example's (GWS's X-CSRF-TOKEN is declared with an example value).
    const headers: Record<string, string | string[]> = { ...lower(output.headers), ...lower(gate.headers) };
    const all = [
      ...validations.input.map((v) => ({ ...v, location: ["request", ...(v.path ?? [])] })),
      ...validations.output.map((v) => ({ ...v, location: ["response", ...(v.path ?? [])] })),
    ];
    if (all.length) headers["sl-violations"] = JSON.stringify(all).slice(0, 8000);
    if (config.errors && outputErrors.length) {
      // An answer off its own spec is the mock's fault: say so rather than hand a client something the vendor never sends.
      return send(
        res,
        { status: 500, body: { error: "The mock's answer does not fit the response schema", violations: outputErrors } },
        headers,
      );
    }
    if (config.errors && inputErrors.length && output.statusCode >= 400 && output.statusCode !== 401 && output.statusCode !== 403) {
      const vendorAnswer = profile.invalid(output.statusCode, inputErrors);
      return send(res, vendorAnswer, { ...gate.headers, "sl-violations": headers["sl-violations"] as string });
    }
    send(res, { status: output.statusCode, body: output.body ?? undefined }, headers);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("error", () => res.destroy());
    req.on("end", () => {
      handle(req, res, Buffer.concat(chunks).toString("utf8")).catch((error: unknown) => {
        // Whatever went wrong answers this request only; the mock keeps serving the next.
        console.error(`callspec mock (${config.vendor}): ${(error as Error)?.stack ?? error}`);
        if (!res.headersSent) send(res, { status: 500, body: { error: `The mock failed on this request: ${(error as Error)?.message}` } });
        else res.destroy();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, config.host, resolve));
  return { server, port: (server.address() as AddressInfo).port, operations: operations.length };
}

const lower = (headers: Record<string, string | string[]> | undefined) =>
  Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));

function problemOf(error: ProblemError): Record<string, unknown> {
  const e = error as ProblemError & { type?: string; title?: string; detail?: string; name?: string };
  return { type: e.name ?? e.type, title: e.message ?? e.title, status: e.status, detail: e.detail ?? "" };
}

// Run as the mock's process: the config comes as the first argument, the port goes back over IPC.
if (process.send && process.argv[2]?.startsWith("{")) {
  const config = JSON.parse(process.argv[2]) as EngineConfig;
  process.on("disconnect", () => process.exit(0));
  process.on("uncaughtException", (error) => console.error(`callspec mock (${config.vendor}): ${error.stack ?? error}`));
  process.on("unhandledRejection", (error) => console.error(`callspec mock (${config.vendor}): ${(error as Error)?.stack ?? error}`));
  startEngine(config).then(
    ({ port, operations }) => {
      const { user, system } = process.cpuUsage();
      process.send!({ type: "ready", port, operations, cpuMs: Math.round((user + system) / 1000) });
    },
    (error: Error) => {
      process.send!({ type: "failed", message: error.stack ?? String(error) }, () => process.exit(1));
    },
  );
}
