// Checks specs/kazoo against the vendor's own examples: every curl request body and every JSON answer shown in
// a Kazoo checkout's applications/crossbar/doc/*.md is matched to its operation in the bundled spec
// (packages/specs/kazoo.openapi.json, from `pnpm generate`) and validated against our request or response
// schema. Placeholders (`{ACCOUNT_ID}`, `{TIMESTAMP}`...) are filled with a value of the type the schema wants.
// Not part of the test command (it needs the vendor's repository, which the project does not commit):
//   tsx scripts/check-kazoo-docs.ts <kazoo work tree or bare git dir> [--json] [--verbose]
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { repoRoot } from "./lib/vendors.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Spec = { paths: Record<string, Record<string, Operation>>; components: Record<string, unknown> };
type Media = { schema?: unknown };
type Operation = {
  operationId: string;
  requestBody?: { content?: Record<string, Media> };
  responses?: Record<string, { content?: Record<string, Media>; $ref?: string }>;
};

/** One example of the docs: a request body or an answer, with where it was found. */
export interface Example {
  doc: string;
  line: number;
  method: string;
  url: string;
  kind: "request" | "response";
  text: string;
}

export interface Finding {
  example: Example;
  operationId?: string;
  accepted: boolean;
  reason?: string;
}

const PH = "\u0000PH:"; // marks a value that was a placeholder in the docs

// --- reading the docs ---------------------------------------------------------------------------------------

/** The docs' markdown files, from a work tree or a bare git directory. */
function readDocs(source: string): Map<string, string> {
  const docs = new Map<string, string>();
  const dir = join(source, "applications", "crossbar", "doc");
  if (existsSync(dir)) {
    for (const f of readdirSync(dir)
      .filter((f) => f.endsWith(".md"))
      .sort())
      docs.set(f, readFileSync(join(dir, f), "utf8"));
    return docs;
  }
  const git = (...args: string[]) => execFileSync("git", ["--git-dir", source, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  const files = git("ls-tree", "--name-only", "HEAD", "applications/crossbar/doc/")
    .split("\n")
    .filter((f) => f.endsWith(".md"));
  if (files.length === 0) throw new Error(`${source} is neither a Kazoo work tree nor a git directory with applications/crossbar/doc`);
  for (const f of files.sort()) docs.set(basename(f), git("show", `HEAD:${f}`));
  return docs;
}

/** Splits a markdown file into fenced blocks with their first line number. */
function blocks(md: string): { lang: string; body: string; line: number }[] {
  const out: { lang: string; body: string; line: number }[] = [];
  const lines = md.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i]!.match(/^\s*```\s*(\w*)\s*$/);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    out.push({ lang: open[1]!.toLowerCase(), body: body.join("\n"), line: start + 1 });
  }
  return out;
}

/** The shell word starting at `i` (quotes removed), and where it ends. */
function word(s: string, i: number): { value: string; end: number } {
  while (i < s.length && /\s/.test(s[i]!)) i++;
  let value = "";
  while (i < s.length && !/\s/.test(s[i]!)) {
    const q = s[i]!;
    if (q === "'" || q === '"') {
      const close = s.indexOf(q, i + 1);
      const end = close === -1 ? s.length : close;
      value += s.slice(i + 1, end);
      i = end + 1;
    } else {
      value += q;
      i++;
    }
  }
  return { value, end: i };
}

/** Every example of one doc: the curl bodies and the answers (in the curl block after the command, or the next json block). */
export function examplesOf(doc: string, md: string): Example[] {
  const out: Example[] = [];
  const list = blocks(md);
  for (let b = 0; b < list.length; b++) {
    const block = list[b]!;
    const at = block.body.search(/\bcurl\b/);
    if (block.lang !== "shell" && block.lang !== "bash" && block.lang !== "") continue;
    if (at === -1) continue;
    // The command runs over the lines that end in a backslash, the line of the URL included.
    const text = block.body.slice(at);
    let method = "GET";
    let url = "";
    let body: string | undefined;
    let i = 4;
    let rest = "";
    while (i < text.length) {
      const nl = text.indexOf("\n", i);
      const w = word(text, i);
      if (w.value === "") break;
      if (w.value === "\\") {
        i = w.end;
        continue;
      }
      if (w.value === "-X" || w.value === "--request") {
        const m = word(text, w.end);
        method = m.value.toUpperCase();
        i = m.end;
      } else if (/^-X[A-Z]+$/.test(w.value)) {
        method = w.value.slice(2);
        i = w.end;
      } else if (["-d", "--data", "--data-binary", "--data-raw"].includes(w.value)) {
        const m = word(text, w.end);
        body = m.value;
        i = m.end;
      } else if (/^-d['"{]/.test(w.value)) {
        body = w.value.slice(2);
        i = w.end;
      } else if (["-H", "--header", "-u", "--user", "-o", "--output", "-F", "--form", "-T", "--upload-file"].includes(w.value)) {
        i = word(text, w.end).end;
      } else if (/^https?:\/\//.test(w.value)) {
        url = w.value;
        i = w.end;
        // The URL ends the command unless the line goes on with a backslash.
        const lineEnd = text.indexOf("\n", i);
        const tail = text.slice(i, lineEnd === -1 ? text.length : lineEnd).trim();
        if (tail !== "\\") {
          rest = lineEnd === -1 ? "" : text.slice(lineEnd + 1);
          break;
        }
      } else {
        i = w.end;
      }
      if (nl !== -1 && i > text.length) break;
    }
    if (!url) continue;
    const line = block.line + 1 + block.body.slice(0, at).split("\n").length - 1;
    if (body !== undefined && !body.startsWith("@") && /^\s*[[{]/.test(body)) {
      out.push({ doc, line, method, url, kind: "request", text: body });
    }
    let answer = rest.trim();
    if (!/^[[{]/.test(answer)) {
      answer = "";
      const next = list[b + 1];
      // A json block right after the command (nothing but prose without another request in between) is its answer.
      if (next && next.lang === "json" && !/^\s*>\s*(GET|PUT|POST|PATCH|DELETE|HEAD)\b/m.test(between(md, block, next)))
        answer = next.body.trim();
    }
    if (answer) out.push({ doc, line, method, url, kind: "response", text: answer });
  }
  return out;
}

function between(md: string, a: { line: number; body: string }, b: { line: number }): string {
  const lines = md.split("\n");
  return lines.slice(a.line + a.body.split("\n").length, b.line - 1).join("\n");
}

/** Parses the docs' near-JSON: unquoted placeholders become marked strings, trailing commas go. */
export function parseDocJson(text: string): Json {
  let s = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      s += c;
      if (c === "\\") s += text[++i] ?? "";
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      s += c;
      continue;
    }
    const ph = text.slice(i).match(/^\{([A-Z][A-Z0-9_]*)\}/);
    if (ph) {
      s += JSON.stringify(PH + ph[1]);
      i += ph[0].length - 1;
      continue;
    }
    s += c;
  }
  s = s.replace(/,(\s*[}\]])/g, "$1");
  const value = JSON.parse(s) as Json;
  return markQuoted(value);
}

/** A string that is only a placeholder (`"{USER_ID}"`) is marked too, so that it can take any type. */
function markQuoted(v: Json): Json {
  if (typeof v === "string") {
    const m = v.match(/^\{([A-Z][A-Z0-9_]*)\}$/);
    return m ? PH + m[1] : v;
  }
  if (Array.isArray(v)) return v.map(markQuoted);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, markQuoted(x)]));
  return v;
}

// --- filling placeholders -----------------------------------------------------------------------------------

const HEX32 = "4b31dd1d32ce6d249897c06332375d65";
/** Strings to try, in order, for a placeholder that must match a pattern or format. */
function candidates(name: string): string[] {
  const n = name.toUpperCase();
  const list = [
    HEX32,
    `202401-${HEX32}`,
    "+14155550100",
    "14155550100",
    "1000",
    "user@example.net",
    "https://example.net/hook",
    "2026-11-24T10:15:00Z",
    "192.0.2.10",
    "192.0.2.0/24",
    "example.net",
    "ada",
    "a",
  ];
  if (/NUMBER|DID|E164|PHONE/.test(n)) list.unshift("+14155550100");
  if (/IP/.test(n)) list.unshift("192.0.2.10");
  if (/EMAIL/.test(n)) list.unshift("user@example.net");
  if (/URL|URI/.test(n)) list.unshift("https://example.net/hook");
  if (/REALM|DOMAIN|SERVER|HOST/.test(n)) list.unshift("example.net");
  return list;
}

function placeholderValue(name: string, error: ErrorObject, validateString: (s: string) => boolean): Json | undefined {
  const schema = error.parentSchema as { type?: string | string[]; enum?: Json[]; const?: Json } | undefined;
  if (error.keyword === "enum" && schema?.enum?.length) return schema.enum[0]!;
  if (error.keyword === "const" && schema?.const !== undefined) return schema.const;
  const types = error.keyword === "type" ? [error.params.type as string | string[]].flat().join(",").split(",") : ["string"];
  for (const t of types) {
    if (t === "integer" || t === "number") return /TIME|DATE|CREATED|MODIFIED/i.test(name) ? 63842000000 : 1;
    if (t === "boolean") return true;
    if (t === "object") return {};
    if (t === "array") return [];
    if (t === "null") return null;
    if (t === "string") return candidates(name).find(validateString) ?? HEX32;
  }
  return undefined;
}

function getAt(root: Json, pointer: string): Json | undefined {
  let v: Json | undefined = root;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (v === null || typeof v !== "object") return undefined;
    v = Array.isArray(v) ? v[Number(key)] : v[key];
  }
  return v;
}

function setAt(root: Json, pointer: string, value: Json): Json {
  if (pointer === "") return value;
  const keys = pointer
    .split("/")
    .slice(1)
    .map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
  let v = root as Record<string, Json>;
  for (const k of keys.slice(0, -1)) v = (v as Record<string, Json>)[k] as Record<string, Json>;
  v[keys.at(-1)!] = value;
  return root;
}

/** Remaining marked strings become plain strings (`{NAME}`) for the report. */
function unmark(v: Json): Json {
  if (typeof v === "string") return v.startsWith(PH) ? `{${v.slice(PH.length)}}` : v;
  if (Array.isArray(v)) return v.map(unmark);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, unmark(x)]));
  return v;
}

// --- matching and validating --------------------------------------------------------------------------------

const METHODS = ["get", "put", "post", "patch", "delete", "head"];

/** The spec path a doc URL stands for: literal segments must agree, `{X}` matches any one segment. */
export function matchPath(spec: Spec, method: string, url: string): { path: string; op: Operation } | undefined {
  const m = url.match(/\/v2(\/[^?#\s]*)/);
  if (!m) return undefined;
  const segments = m[1]!.replace(/\/+$/, "").split("/").slice(1);
  let best: { path: string; op: Operation; score: number } | undefined;
  for (const [path, item] of Object.entries(spec.paths)) {
    const op = item[method.toLowerCase()];
    if (!op || !METHODS.includes(method.toLowerCase())) continue;
    const tpl = path.split("/").slice(1);
    if (tpl.length !== segments.length) continue;
    let score = 0;
    let ok = true;
    for (let i = 0; i < tpl.length && ok; i++) {
      const t = tpl[i]!;
      const s = decodeURIComponent(segments[i]!);
      if (/^\{[^}]+\}$/.test(t)) continue;
      if (t === s) score++;
      else ok = false;
    }
    if (ok && (!best || score > best.score)) best = { path, op, score };
  }
  return best;
}

function jsonSchemaOf(content: Record<string, Media> | undefined): unknown {
  if (!content) return undefined;
  const key = Object.keys(content).find((k) => /json/.test(k));
  return key ? content[key]!.schema : undefined;
}

class Checker {
  private readonly ajv: Ajv2020;
  private readonly cache = new Map<string, ValidateFunction>();
  constructor(private readonly spec: Spec) {
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: "spec", components: spec.components } as never);
  }

  private compile(key: string, schema: unknown): ValidateFunction {
    let fn = this.cache.get(key);
    if (!fn) {
      const text = JSON.stringify(schema).replace(/"#\/components\//g, '"spec#/components/');
      fn = this.ajv.compile(JSON.parse(text));
      this.cache.set(key, fn);
    }
    return fn;
  }

  /** Validates, filling placeholders the schema rejects with a value of the type it wants; the remaining errors. */
  private validate(key: string, schema: unknown, input: Json): { value: Json; errors: ErrorObject[] } {
    const fn = this.compile(key, schema);
    let value = structuredClone(input);
    for (let round = 0; round < 20; round++) {
      if (fn(value)) return { value, errors: [] };
      const errors = fn.errors ?? [];
      let changed = false;
      for (const e of errors) {
        const at = getAt(value, e.instancePath);
        if (typeof at !== "string" || !at.startsWith(PH)) continue;
        const name = at.slice(PH.length);
        const check = (s: string) => {
          const sub = e.parentSchema as { pattern?: string; format?: string; minLength?: number; maxLength?: number };
          if (sub?.pattern && !new RegExp(sub.pattern, "u").test(s)) return false;
          if (sub?.minLength !== undefined && s.length < sub.minLength) return false;
          if (sub?.maxLength !== undefined && s.length > sub.maxLength) return false;
          if (sub?.format) {
            const f = this.ajv.formats[sub.format] as
              | RegExp
              | ((s: string) => boolean)
              | { validate: RegExp | ((s: string) => boolean) }
              | undefined;
            const v = f && typeof f === "object" && "validate" in f ? f.validate : f;
            if (v instanceof RegExp && !v.test(s)) return false;
            if (typeof v === "function" && !v(s)) return false;
          }
          return true;
        };
        const filled = placeholderValue(name, e, check);
        if (filled !== undefined) {
          value = setAt(value, e.instancePath, filled);
          changed = true;
        }
      }
      if (!changed) return { value, errors: errors.filter(notNoise(errors)) };
    }
    return { value, errors: fn.errors ?? [] };
  }

  /** A response object, its `$ref` (to components/responses) followed. */
  private response(r: { content?: Record<string, Media>; $ref?: string }): { content?: Record<string, Media> } {
    const ref = r.$ref?.match(/^#\/components\/responses\/(.+)$/)?.[1];
    return ref ? ((this.spec.components.responses as Record<string, { content?: Record<string, Media> }>)[ref] ?? {}) : r;
  }

  check(example: Example): Finding {
    const matched = matchPath(this.spec, example.method, example.url);
    if (!matched) return { example, accepted: false, reason: `no operation ${example.method} ${pathOf(example.url)} in the spec` };
    const { op, path } = matched;
    let value: Json;
    try {
      value = parseDocJson(example.text);
    } catch (error) {
      return {
        example,
        operationId: op.operationId,
        accepted: false,
        reason: `the docs' JSON does not parse (${(error as Error).message})`,
      };
    }
    if (example.kind === "request") {
      const schema = jsonSchemaOf(op.requestBody?.content);
      if (!schema)
        return { example, operationId: op.operationId, accepted: false, reason: "the docs send a JSON body; the operation takes none" };
      const { errors } = this.validate(`${path} ${example.method} request`, schema, value);
      return verdict(example, op, errors);
    }
    const isError = isObject(value) && (value.status === "error" || value.status === "fatal");
    const schemas = Object.entries(op.responses ?? {})
      .filter(([code]) => (isError ? !code.startsWith("2") : code.startsWith("2")))
      .map(([code, r]) => [code, jsonSchemaOf(this.response(r).content)] as const)
      .filter(([, s]) => s !== undefined);
    if (schemas.length === 0)
      return {
        example,
        operationId: op.operationId,
        accepted: false,
        reason: `the docs show a JSON ${isError ? "error" : "answer"}; the operation declares none`,
      };
    let bestErrors: ErrorObject[] | undefined;
    for (const [code, schema] of schemas) {
      const { errors } = this.validate(`${path} ${example.method} ${code}`, schema, value);
      if (errors.length === 0) return { example, operationId: op.operationId, accepted: true };
      if (!bestErrors || errors.length < bestErrors.length) bestErrors = errors;
    }
    return verdict(example, op, bestErrors ?? []);
  }
}

/** Drops the "must match a schema in anyOf/oneOf" summaries when their branches' errors are listed too. */
const notNoise = (all: ErrorObject[]) => (e: ErrorObject) =>
  !(["anyOf", "oneOf", "if"].includes(e.keyword) && all.some((o) => o !== e && o.instancePath.startsWith(e.instancePath)));

function verdict(example: Example, op: Operation, errors: ErrorObject[]): Finding {
  if (errors.length === 0) return { example, operationId: op.operationId, accepted: true };
  const reason = errors
    .slice(0, 4)
    .map(
      (e) =>
        `${e.instancePath || "/"} ${e.message}${e.keyword === "additionalProperties" ? ` (${String(e.params.additionalProperty)})` : ""}`,
    )
    .join("; ");
  return { example, operationId: op.operationId, accepted: false, reason };
}

const isObject = (v: Json | undefined): v is { [key: string]: Json } => typeof v === "object" && v !== null && !Array.isArray(v);
const pathOf = (url: string) => url.match(/\/v2(\/[^?#\s]*)/)?.[1] ?? url;

// --- main ---------------------------------------------------------------------------------------------------

export function checkDocs(source: string, specFile = join(repoRoot, "packages", "specs", "kazoo.openapi.json")): Finding[] {
  const spec = JSON.parse(readFileSync(specFile, "utf8")) as Spec;
  const checker = new Checker(spec);
  const findings: Finding[] = [];
  for (const [doc, md] of readDocs(source)) for (const example of examplesOf(doc, md)) findings.push(checker.check(example));
  return findings;
}

function main(): void {
  const args = process.argv.slice(2);
  const source = args.find((a) => !a.startsWith("--"));
  if (!source) {
    console.error("usage: tsx scripts/check-kazoo-docs.ts <kazoo work tree or bare git dir> [--json] [--verbose]");
    process.exit(2);
  }
  const findings = checkDocs(source);
  if (args.includes("--json")) {
    console.log(JSON.stringify(findings, null, 2));
    return;
  }
  const matched = findings.filter((f) => f.operationId);
  const accepted = matched.filter((f) => f.accepted);
  for (const f of findings) {
    if (f.accepted && !args.includes("--verbose")) continue;
    const where = `${f.example.doc}:${f.example.line}`;
    console.log(
      `${f.accepted ? "ok  " : "FAIL"} ${where} ${f.example.method} ${pathOf(f.example.url)} ${f.example.kind}` +
        `${f.operationId ? ` [${f.operationId}]` : ""}${f.reason ? `: ${f.reason}` : ""}`,
    );
  }
  const unmatched = findings.length - matched.length;
  console.log(
    `\n${findings.length} examples: ${matched.length} matched an operation, ${accepted.length} accepted, ` +
      `${matched.length - accepted.length} not accepted; ${unmatched} name no operation of the spec`,
  );
  void unmark;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
