// Code samples for every operation, generated from a bundled document: the call through the vendor's typed client
// and the same request as curl. scripts/docs.ts shows them (x-codeSamples); test/docs checks that they compile
// against the built packages and that the curl runs against the mock.
import type { OpenApiDocument } from "./spec.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Node = Record<string, unknown>;

export interface OperationSample {
  operationId: string;
  method: string;
  path: string;
  /** The client's import and creation, identical for every operation of the vendor. */
  setup: string;
  /** The typed call alone: what test/docs type-checks after `setup`. */
  call: string;
  /** `setup` and `call` as the page shows them. */
  typescript: string;
  curl: string;
}

/** How a vendor's client is created and how its curl authenticates; secrets come from the environment. */
interface VendorStyle {
  client: string;
  setup: (baseUrl: string) => string;
  /** curl arguments that authenticate an operation with these security schemes. */
  curlAuth: (schemes: Set<string>) => string[];
}

const VENDORS: Record<string, VendorStyle> = {
  jambonz: {
    client: "jambonz",
    setup: (baseUrl) =>
      'import { createJambonzClient } from "@callspec/jambonz";\n\n' +
      `const jambonz = createJambonzClient({ baseUrl: ${q(baseUrl)}, apiKey: process.env.JAMBONZ_API_KEY! });`,
    curlAuth: (s) => (s.has("bearerAuth") ? ["-H", '"Authorization: Bearer $JAMBONZ_API_KEY"'] : []),
  },
  kazoo: {
    client: "kazoo",
    setup: (baseUrl) =>
      'import { createKazooClient } from "@callspec/kazoo";\n\n' +
      `const kazoo = createKazooClient({ baseUrl: ${q(baseUrl)}, auth: { apiKey: process.env.KAZOO_API_KEY! } });`,
    curlAuth: (s) => (s.has("authToken") ? ["-H", '"X-Auth-Token: $KAZOO_TOKEN"'] : []),
  },
  "genesys-gws": {
    client: "gws",
    setup: (baseUrl) =>
      'import { createGenesysClient } from "@callspec/genesys-gws";\n\n' +
      "// Keeps the JSESSIONID cookie and sends the CSRF token on writes itself.\n" +
      "const gws = createGenesysClient({\n" +
      `  baseUrl: ${q(baseUrl)},\n` +
      "  username: process.env.GWS_USERNAME!,\n" +
      "  password: process.env.GWS_PASSWORD!,\n" +
      "});",
    curlAuth: (s) => [
      ...(s.has("basicAuth") ? ["-u", '"$GWS_USERNAME:$GWS_PASSWORD"'] : []),
      // The session cookie and CSRF token come from the headers of an earlier answer (e.g. GET /me).
      ...(s.has("sessionCookie") ? ["-H", '"Cookie: JSESSIONID=$GWS_SESSION_ID"'] : []),
      ...(s.has("csrfToken") ? ["-H", '"X-CSRF-TOKEN: $GWS_CSRF_TOKEN"'] : []),
    ],
  },
  jtel: {
    client: "jtel",
    setup: (baseUrl) => {
      const { origin, clientsId } = splitJtelBase(baseUrl);
      return (
        'import { createJtelClient } from "@callspec/jtel";\n\n' +
        `const jtel = createJtelClient({ baseUrl: ${q(origin)}, clientsId: ${clientsId}, token: process.env.JTEL_TOKEN! });`
      );
    },
    curlAuth: (s) => (s.has("bearerAuth") ? ["-H", '"Authorization: Bearer $JTEL_TOKEN"'] : []),
  },
  telphin: {
    client: "telphin",
    setup: () =>
      'import { createTelphinClient } from "@callspec/telphin";\n\n' +
      "// Gets and renews its OAuth token itself (client-credentials grant).\n" +
      "const telphin = createTelphinClient({\n" +
      "  clientId: process.env.TELPHIN_CLIENT_ID!,\n" +
      "  clientSecret: process.env.TELPHIN_CLIENT_SECRET!,\n" +
      "});",
    curlAuth: (s) => (s.has("telphinOAuth") ? ["-H", '"Authorization: Bearer $TELPHIN_TOKEN"'] : []),
  },
};

/** Environment variables the curl samples read, by vendor (the replay in test/docs fills them in). */
export const CURL_VARIABLES: Record<string, string[]> = {
  jambonz: ["JAMBONZ_API_KEY"],
  kazoo: ["KAZOO_TOKEN"],
  "genesys-gws": ["GWS_USERNAME", "GWS_PASSWORD", "GWS_SESSION_ID", "GWS_CSRF_TOKEN"],
  jtel: ["JTEL_TOKEN"],
  telphin: ["TELPHIN_TOKEN"],
};

const q = (s: string) => JSON.stringify(s);

function splitJtelBase(baseUrl: string): { origin: string; clientsId: string } {
  const match = /^(.*?)\/rest\/v1\.0\/(\d+)$/.exec(baseUrl);
  if (!match) throw new Error(`jtel base URL without /rest/v1.0/<ClientsID>: ${baseUrl}`);
  return { origin: match[1]!, clientsId: match[2]! };
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;

/** Follows local `$ref`s (`#/components/...`) of a bundled document. */
export function resolveRef<T = Node>(document: OpenApiDocument, value: unknown): T {
  let node = value as Node | undefined;
  for (let hops = 0; node && typeof node.$ref === "string"; hops++) {
    if (hops > 20 || !node.$ref.startsWith("#/")) throw new Error(`cannot follow $ref ${node.$ref}`);
    node = node.$ref
      .slice(2)
      .split("/")
      .reduce<unknown>((at, key) => (at as Node | undefined)?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], document as unknown) as
      | Node
      | undefined;
  }
  return node as T;
}

/** The URL of a server entry with its variables at their defaults. */
export function serverUrl(server: { url: string; variables?: Record<string, { default: string }> }): string {
  return server.url.replace(/\{([^}]+)\}/g, (_, name: string) => server.variables?.[name]?.default ?? `{${name}}`);
}

// Values for a parameter whose spec gives no example: the first that fits its pattern.
const CANDIDATES = [
  "4b31dd1d32ce6d249897c06332375d65",
  "202611-4b31dd1d32ce6d249897c06332375d65",
  "2026",
  "11",
  "24",
  "en-us",
  "sip.example.com",
  "0af7651916cd43dd8448eb211c80319c",
  "2026-11-01 00:00:00",
  "https://app.example.com/hook",
];

function exampleOf(document: OpenApiDocument, parameter: Node): Json {
  if (parameter.example !== undefined) return parameter.example as Json;
  const named = parameter.examples as Record<string, unknown> | undefined;
  if (named) {
    const first = resolveRef<Node>(document, Object.values(named)[0]);
    if (first?.value !== undefined) return first.value as Json;
  }
  return valueOfSchema(document, resolveRef(document, parameter.schema) ?? {}, String(parameter.name));
}

function valueOfSchema(document: OpenApiDocument, schema: Node, name: string): Json {
  if (schema.example !== undefined) return schema.example as Json;
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0] as Json;
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0] as Json;
  if (schema.const !== undefined) return schema.const as Json;
  if (schema.default !== undefined) return schema.default as Json;
  for (const key of ["allOf", "oneOf", "anyOf"]) {
    const parts = schema[key] as unknown[] | undefined;
    if (parts?.length) return valueOfSchema(document, resolveRef(document, parts[0]), name);
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  if (type === "integer" || type === "number") return typeof schema.minimum === "number" ? Math.max(schema.minimum, 1) : 1;
  if (type === "boolean") return true;
  if (schema.format === "uuid") return "9351f46a-678c-43f5-b8a6-d4eb58d131af";
  if (typeof schema.pattern === "string") {
    const pattern = new RegExp(schema.pattern);
    const fit = CANDIDATES.find((c) => pattern.test(c));
    if (!fit) throw new Error(`no sample value for ${name} matches /${schema.pattern}/`);
    return fit;
  }
  if (schema.format === "uri") return "https://app.example.com/hook";
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}

interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  value: Json;
}

function parametersOf(document: OpenApiDocument, item: Node, operation: Node): Parameter[] {
  const all = [...((item.parameters as unknown[]) ?? []), ...((operation.parameters as unknown[]) ?? [])].map((p) =>
    resolveRef<Node>(document, p),
  );
  // An operation's own parameter overrides the path item's of the same name and place.
  const byKey = new Map<string, Node>();
  for (const p of all) byKey.set(`${p.in}:${p.name}`, p);
  return [...byKey.values()]
    .filter((p) => p.in === "path" || (p.required === true && (p.in === "query" || p.in === "header")))
    .map((p) => ({ name: String(p.name), in: p.in as Parameter["in"], value: exampleOf(document, p) }));
}

interface Body {
  mediaType: string;
  value: Json | undefined;
}

function bodyOf(document: OpenApiDocument, operation: Node): Body | undefined {
  const requestBody = resolveRef<Node | undefined>(document, operation.requestBody);
  const content = requestBody?.content as Record<string, Node> | undefined;
  if (!content) return undefined;
  const mediaType = Object.keys(content).find((m) => /json/.test(m)) ?? Object.keys(content)[0]!;
  const media = content[mediaType]!;
  let value = media.example as Json | undefined;
  if (value === undefined && media.examples) {
    value = resolveRef<Node>(document, Object.values(media.examples as Record<string, unknown>)[0])?.value as Json | undefined;
  }
  return { mediaType, value };
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A JSON value as a TypeScript literal, indented for the sample. */
export function tsLiteral(value: Json | undefined, indent = ""): string {
  if (value === undefined) return "undefined";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (!value.length) return "[]";
    const items = value.map((v) => tsLiteral(v, inner));
    const flat = `[${items.join(", ")}]`;
    return flat.length <= 80 && !flat.includes("\n") ? flat : `[\n${items.map((i) => `${inner}${i},`).join("\n")}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (!entries.length) return "{}";
  const parts = entries.map(([k, v]) => `${IDENTIFIER.test(k) ? k : JSON.stringify(k)}: ${tsLiteral(v, inner)}`);
  const flat = `{ ${parts.join(", ")} }`;
  return flat.length <= 80 && !flat.includes("\n") ? flat : `{\n${parts.map((p) => `${inner}${p},`).join("\n")}\n${indent}}`;
}

const FILE_OF: Record<string, string> = {
  "audio/mpeg": "greeting.mp3",
  "audio/wav": "greeting.wav",
  "application/pdf": "document.pdf",
  "application/x-pdf": "document.pdf",
  "image/png": "logo.png",
  "image/jpeg": "logo.jpg",
  "image/gif": "logo.gif",
  "text/csv": "numbers.csv",
  "text/html": "welcome.html",
  "text/plain": "notes.txt",
};

/** The file a binary body's sample uploads (`--data-binary @<file>`, or a `-F` field). */
export const sampleFileOf = (mediaType: string) => FILE_OF[mediaType] ?? "upload.bin";

const isJsonMedia = (m: string) => /^application\/([\w.+-]*\+)?json/.test(m);
// A text body is sent inline when the spec has an example of it; otherwise, like binary, from a file.
const isInlineText = (body: Body) => body.mediaType.startsWith("text/") && typeof body.value === "string";

function typedCall(
  style: VendorStyle,
  method: string,
  path: string,
  params: Parameter[],
  body: Body | undefined,
  ownServer: string | undefined,
): string {
  const fields: string[] = [];
  // An operation served elsewhere than the client's base URL (Telphin's token endpoint at the host root).
  if (ownServer) fields.push(`baseUrl: ${q(ownServer)}`);
  const groups = (["path", "query", "header"] as const)
    .map((where) => {
      const own = params.filter((p) => p.in === where);
      if (!own.length) return undefined;
      return `${where}: ${tsLiteral(Object.fromEntries(own.map((p) => [p.name, p.value])), "    ")}`;
    })
    .filter((g): g is string => g !== undefined);
  if (groups.length) {
    const flat = `params: { ${groups.join(", ")} }`;
    fields.push(flat.length <= 90 && !flat.includes("\n") ? flat : `params: {\n${groups.map((g) => `    ${g},`).join("\n")}\n  }`);
  }
  if (body) {
    if (isJsonMedia(body.mediaType)) fields.push(`body: ${tsLiteral(body.value ?? {}, "  ")}`);
    else if (body.mediaType === "application/x-www-form-urlencoded") {
      fields.push(`body: ${tsLiteral(body.value ?? {}, "  ")}`);
      fields.push("bodySerializer: (fields) => new URLSearchParams(fields as Record<string, string>)");
      fields.push(`headers: { "Content-Type": "application/x-www-form-urlencoded" }`);
    } else if (body.mediaType === "multipart/form-data") {
      const field = Object.keys((body.value as Record<string, Json> | undefined) ?? { file: "" })[0] ?? "file";
      fields.push(`body: { ${IDENTIFIER.test(field) ? field : JSON.stringify(field)}: "" }`);
      fields.push(
        "// The form is built here: a Blob from a file input, fs.openAsBlob() in Node.\n" +
          "  bodySerializer: () => {\n" +
          "    const form = new FormData();\n" +
          `    form.append(${q(field)}, new Blob([]), ${q(sampleFileOf("multipart/form-data"))});\n` +
          "    return form;\n" +
          "  }",
      );
    } else {
      const content = isInlineText(body) ? q(body.value as string) : "new Blob([/* the file's bytes */])";
      // The spec types a binary body as a string (format: binary); the bytes go through as they are.
      fields.push(`// A Blob or Uint8Array, sent as it is (the generated type says string).\n  body: ${content} as never`);
      fields.push("bodySerializer: (raw: unknown) => raw as BodyInit");
      fields.push(`headers: { "Content-Type": ${q(body.mediaType)} }`);
    }
  }
  const init = fields.length ? `, {\n${fields.map((f) => `  ${f},`).join("\n")}\n}` : "";
  return `const { data, error } = await ${style.client}.${method}(${q(path)}${init});`;
}

/** Single-quoted for the shell: the one character that needs care is `'` itself. */
const shellQuote = (s: string) => (/^[\w./:@=,+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'"'"'`)}'`);

function curlOf(
  style: VendorStyle,
  method: string,
  url: string,
  schemes: Set<string>,
  params: Parameter[],
  body: Body | undefined,
): string {
  const lines: string[][] = [["curl", "-X", method], [shellQuote(url)]];
  const auth = style.curlAuth(schemes);
  for (let i = 0; i < auth.length; i += 2) lines.push([auth[i]!, auth[i + 1]!]);
  for (const p of params.filter((p) => p.in === "header")) lines.push(["-H", shellQuote(`${p.name}: ${String(p.value)}`)]);
  if (body) {
    if (isJsonMedia(body.mediaType) || body.mediaType === "application/x-www-form-urlencoded" || isInlineText(body)) {
      const text = isJsonMedia(body.mediaType)
        ? JSON.stringify(body.value ?? {})
        : typeof body.value === "string"
          ? body.value
          : new URLSearchParams(Object.entries((body.value as Record<string, string>) ?? {})).toString();
      lines.push(["-H", shellQuote(`Content-Type: ${body.mediaType}`)]);
      lines.push(["--data-raw", shellQuote(text)]);
    } else if (body.mediaType === "multipart/form-data") {
      const field = Object.keys((body.value as Record<string, Json> | undefined) ?? { file: "" })[0] ?? "file";
      lines.push(["-F", shellQuote(`${field}=@${sampleFileOf(body.mediaType)}`)]);
    } else {
      lines.push(["-H", shellQuote(`Content-Type: ${body.mediaType}`)]);
      lines.push(["--data-binary", shellQuote(`@${sampleFileOf(body.mediaType)}`)]);
    }
  }
  return lines.map((words) => words.join(" ")).join(" \\\n  ");
}

function pathWith(path: string, params: Parameter[]): string {
  return path.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const p = params.find((x) => x.in === "path" && x.name === name);
    return p ? encodeURIComponent(String(p.value)).replace(/%40/g, "@").replace(/%3A/g, ":") : whole;
  });
}

function queryOf(params: Parameter[]): string {
  const query = params.filter((p) => p.in === "query");
  if (!query.length) return "";
  const search = new URLSearchParams();
  for (const p of query) for (const v of Array.isArray(p.value) ? p.value : [p.value]) search.append(p.name, String(v));
  return `?${search.toString()}`;
}

/** A sample for every operation of a vendor's bundled document, in document order. */
export function samplesOf(vendor: string, document: OpenApiDocument): OperationSample[] {
  const style = VENDORS[vendor];
  if (!style) throw new Error(`no sample style for ${vendor}`);
  const docServer = (document.servers ?? [])[0];
  if (!docServer) throw new Error(`${vendor}: no servers`);
  const setup = style.setup(serverUrl(docServer));
  const out: OperationSample[] = [];
  for (const [path, rawItem] of Object.entries(document.paths)) {
    const item = resolveRef<Node>(document, rawItem);
    for (const method of METHODS) {
      const operation = item[method] as Node | undefined;
      if (!operation) continue;
      const server = ((operation.servers ?? item.servers) as (typeof docServer)[] | undefined)?.[0] ?? docServer;
      const security = (operation.security ?? document.security ?? []) as Record<string, unknown>[];
      const schemes = new Set(security.flatMap((requirement) => Object.keys(requirement)));
      const params = parametersOf(document, item, operation);
      const body = bodyOf(document, operation);
      const ownServer = serverUrl(server) === serverUrl(docServer) ? undefined : serverUrl(server);
      const call = typedCall(style, method.toUpperCase(), path, params, body, ownServer);
      const url = `${serverUrl(server)}${pathWith(path, params)}${queryOf(params)}`;
      out.push({
        operationId: String(operation.operationId),
        method: method.toUpperCase(),
        path,
        setup,
        call,
        typescript: `${setup}\n\n${call}\n`,
        curl: `${curlOf(style, method.toUpperCase(), url, schemes, params, body)}\n`,
      });
    }
  }
  return out;
}

/** Redoc's sample languages (its default list has no TypeScript): the page's language menu, in this order. */
export const REDOC_SAMPLES_CONFIG = `openapi:
  codeSamples:
    languages:
      - { lang: TypeScript, label: TypeScript }
      - { lang: curl, label: curl }
`;

/** The bundled document with an `x-codeSamples` entry (TypeScript, curl) on every operation, as Redoc shows them. */
export function withCodeSamples(vendor: string, document: OpenApiDocument): OpenApiDocument {
  for (const sample of samplesOf(vendor, document)) {
    const operation = resolveRef<Node>(document, document.paths[sample.path])[sample.method.toLowerCase()] as Node;
    operation["x-codeSamples"] = [
      { lang: "TypeScript", label: "TypeScript", source: sample.typescript },
      { lang: "curl", label: "curl", source: sample.curl },
    ];
  }
  return document;
}

/**
 * One TypeScript program holding every sample of the given vendors: each vendor's setup once, each call in
 * a block of its own. What the page shows is `setup` + `call`, so what compiles here is what a reader copies.
 */
export function typeCheckSource(samples: { vendor: string; samples: OperationSample[] }[]): string {
  const lines = [
    "// Generated by scripts/lib/samples.ts for the sample type-check: do not edit.",
    "// A consumer without Node types: the samples read their secrets from process.env.",
    "declare const process: { env: Record<string, string | undefined> };",
    "",
  ];
  const imports: string[] = [];
  const bodies: string[] = [];
  for (const { vendor, samples: list } of samples) {
    if (!list.length) continue;
    const setup = list[0]!.setup.split("\n");
    imports.push(...setup.filter((l) => l.startsWith("import ")));
    bodies.push(setup.filter((l) => !l.startsWith("import ")).join("\n"));
    bodies.push(`export async function ${vendor.replace(/\W/g, "_")}Samples(): Promise<void> {`);
    for (const s of list)
      bodies.push(`  // ${vendor} ${s.operationId}\n  {\n${s.call.replace(/^/gm, "    ")}\n    void data;\n    void error;\n  }`);
    bodies.push("}");
  }
  return [...lines, ...imports, "", ...bodies, ""].join("\n");
}
