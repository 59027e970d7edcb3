// Compares every verb schema of the spec (and each nested type it reaches) with the vendor's machine-readable verb
// definitions in @jambonz/verb-specifications, the validator the feature server runs on every verb before acting on
// it. Each difference is either fixed in the spec or explained below; a new one fails the test.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import spec from "../../packages/specs/jambonz.openapi.json" with { type: "json" };

type VendorType = string | string[] | { type: string; enum?: unknown[] };
interface VendorEntry {
  properties: Record<string, VendorType>;
  required?: string[];
}
interface Schema {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
  discriminator?: { mapping: Record<string, string> };
}

const require = createRequire(import.meta.url);
const vendorPackage = require.resolve("@jambonz/verb-specifications/package.json");
const vendorVersion: string = JSON.parse(readFileSync(vendorPackage, "utf8")).version;
const theirs: Record<string, VendorEntry> = require("@jambonz/verb-specifications/specs.json");
const { validateVerb } = require("@jambonz/verb-specifications") as {
  validateVerb: (name: string, data: unknown, logger?: unknown) => void;
};
const schemas = spec.components.schemas as unknown as Record<string, Schema>;

// The feature server's verbs: the cases of lib/tasks/make_task.js (jambonz-feature-server v0.9.8).
const featureServerVerbs = [
  "alert",
  "answer",
  "conference",
  "config",
  "dequeue",
  "dial",
  "dialogflow",
  "dtmf",
  "dub",
  "enqueue",
  "gather",
  "hangup",
  "leave",
  "lex",
  "listen",
  "llm",
  "message",
  "pause",
  "play",
  "rasa",
  "redirect",
  "rest:dial",
  "say",
  "sip:decline",
  "sip:refer",
  "sip:request",
  "tag",
  "transcribe",
];
// Names the validator's normalizeJambones rewrites to a verb before the check (`stream` also has its own case).
const aliases: Record<string, string> = {
  stream: "listen",
  s2s: "llm",
  openai_s2s: "llm",
  microsoft_s2s: "llm",
  google_s2s: "llm",
  elevenlabs_s2s: "llm",
  deepgram_s2s: "llm",
  voiceagent_s2s: "llm",
  ultravox_s2s: "llm",
};
// Vendor entries the comparison does not reach, and why.
const notModelled: Record<string, string> = {
  "rest:dial": "the task the feature server builds itself for a call created through the REST API, not an app's verb",
  pipeline: "no case in make_task.js: the feature server refuses it",
  bargeInPipeline: "only reached from pipeline",
  noiseIsolationPipeline: "only reached from pipeline",
};
// Every difference found, with the reason it stays (the feature server's code wins where the sources disagree).
const explained: Record<string, string> = {
  "llm: required only in theirs: vendor":
    "the aliases (openai_s2s, ...) put vendor in before the check; LlmVerb requires it for llm and s2s only (if/then)",
  "mcpServer.roots: nested type root is undefined in theirs":
    "the validator refers to a root type it does not define, so only [] passes: McpServer.roots has maxItems 0",
  "sm_audioEventsConfig.types: only in theirs":
    "the validator declares it with type array, which its own check rejects, so any value refuses the verb: left out",
};

const refName = (ref: string): string => ref.slice(ref.lastIndexOf("/") + 1);
const resolve = (s: Schema): Schema => (s.$ref ? resolve(schemas[refName(s.$ref)] as Schema) : s);

function ourTypes(s: Schema | undefined, seen = new Set<string>()): Set<string> {
  const out = new Set<string>();
  if (!s) return out.add("any");
  if (s.$ref) {
    const name = refName(s.$ref);
    if (seen.has(name)) return out;
    seen.add(name);
    return ourTypes(schemas[name], seen);
  }
  if (s.const !== undefined) out.add(typeof s.const);
  for (const t of [s.type ?? []].flat()) out.add(t === "integer" ? "number" : t);
  for (const branch of [...(s.oneOf ?? []), ...(s.anyOf ?? [])]) for (const t of ourTypes(branch, seen)) out.add(t);
  if (out.size === 0 && s.properties) out.add("object");
  if (out.size === 0 && s.enum) for (const e of s.enum) out.add(typeof e);
  if (out.size === 0) out.add("any");
  out.delete("null");
  return out;
}

// What the validator lets through, by `typeof`: "object" admits arrays too, "a|b" either, "#x" the nested type x.
function theirTypes(t: VendorType): Set<string> {
  if (Array.isArray(t)) return new Set(["array"]);
  if (typeof t === "object") return new Set([t.type]);
  if (t.startsWith("#")) return new Set(["object"]);
  const types = new Set(t.split("|").map((x) => x.trim()));
  if (types.has("object")) types.add("array");
  return types;
}

function ourEnum(s: Schema | undefined): unknown[] | undefined {
  if (!s) return undefined;
  const r = resolve(s);
  if (r.enum) return r.enum;
  if (r.const !== undefined) return [r.const];
  return undefined;
}

// The object schema a property leads to (through $ref, array items and oneOf/anyOf branches).
function objectOf(s: Schema | undefined): string | undefined {
  if (!s) return undefined;
  if (s.$ref) return refName(s.$ref);
  if (s.items) return objectOf(s.items);
  for (const branch of [...(s.oneOf ?? []), ...(s.anyOf ?? [])]) {
    const name = objectOf(branch);
    if (name && schemas[name]?.properties) return name;
  }
  return undefined;
}

function ourProperties(s: Schema): Record<string, Schema> {
  const props = { ...s.properties };
  for (const branch of [...(s.allOf ?? []), ...(s.oneOf ?? []), ...(s.anyOf ?? [])]) Object.assign(props, resolve(branch).properties);
  return props;
}

function compare() {
  const verbMapping = (schemas.Verb as Schema).discriminator?.mapping ?? {};
  const queue: [string, string][] = [];
  for (const [verb, ref] of Object.entries(verbMapping)) if (!(verb in aliases)) queue.push([verb, refName(ref)]);
  const pairs = new Set<string>();
  const reached = new Set<string>();
  const differences: string[] = [];
  let properties = 0;
  for (let pair = queue.shift(); pair; pair = queue.shift()) {
    const [their, our] = pair;
    if (pairs.has(`${their}|${our}`)) continue;
    pairs.add(`${their}|${our}`);
    const entry = theirs[their];
    if (!entry) {
      differences.push(`${their}: not in theirs`);
      continue;
    }
    reached.add(their);
    const ours = ourProperties(schemas[our] as Schema);
    for (const [name, type] of Object.entries(entry.properties)) {
      properties++;
      const at = `${their}.${name}`;
      if (!(name in ours)) {
        differences.push(`${at}: only in theirs`);
        continue;
      }
      const allowed = theirTypes(type);
      const wider = [...ourTypes(ours[name])].filter((t) => t !== "any" && !allowed.has(t));
      if (wider.length) differences.push(`${at}: ours also takes ${wider.join(", ")}`);
      if (typeof type === "object" && !Array.isArray(type) && type.enum) {
        const values = ourEnum(ours[name]);
        if (!values) differences.push(`${at}: ours takes any value`);
        else {
          const extra = values.filter((v) => !type.enum?.includes(v));
          const missing = type.enum.filter((v) => !values.includes(v));
          if (extra.length) differences.push(`${at}: values only in ours: ${extra.join(", ")}`);
          if (missing.length) differences.push(`${at}: values only in theirs: ${missing.join(", ")}`);
        }
      }
      const nested = Array.isArray(type) ? type[0] : typeof type === "string" && type.startsWith("#") ? type : "";
      if (nested) {
        const target = nested.slice(1);
        const ourTarget = objectOf(ours[name]);
        if (!theirs[target]) differences.push(`${at}: nested type ${target} is undefined in theirs`);
        else if (!ourTarget) differences.push(`${at}: ours has no object schema for ${target}`);
        else queue.push([target, ourTarget]);
      }
    }
    for (const name of Object.keys(ours))
      if (name !== "verb" && !(name in entry.properties)) differences.push(`${their}.${name}: only in ours`);
    const theirRequired = new Set(entry.required ?? []);
    const ourRequired = new Set((schemas[our] as Schema).required?.filter((r) => r !== "verb"));
    for (const r of theirRequired) if (!ourRequired.has(r)) differences.push(`${their}: required only in theirs: ${r}`);
    for (const r of ourRequired) if (!theirRequired.has(r)) differences.push(`${their}: required only in ours: ${r}`);
  }
  return { pairs, reached, differences, properties, verbMapping };
}

const result = compare();

describe(`verbs against @jambonz/verb-specifications@${vendorVersion}`, () => {
  it("compares the version the feature server depends on", () => {
    expect(vendorVersion).toBe("0.1.13");
  });

  it("models every verb of the feature server, and each alias", () => {
    const ours = Object.keys(result.verbMapping);
    // The READMEs' count: 27 verbs under 36 names.
    expect(new Set(Object.values(result.verbMapping)).size).toBe(27);
    expect(ours).toHaveLength(36);
    expect(ours.filter((v) => !(v in aliases)).sort()).toEqual(featureServerVerbs.filter((v) => v !== "rest:dial"));
    expect(ours.filter((v) => v in aliases).sort()).toEqual(Object.keys(aliases).sort());
    for (const [alias, verb] of Object.entries(aliases)) expect(result.verbMapping[alias]).toBe(result.verbMapping[verb]);
    for (const verb of featureServerVerbs) expect(theirs[verb], verb).toBeDefined();
  });

  it("reaches every vendor entry, or says why not", () => {
    const unreached = Object.keys(theirs).filter((name) => !result.reached.has(name));
    expect(unreached.sort()).toEqual(Object.keys(notModelled).sort());
  });

  it("has no difference left unexplained, and no stale explanation", () => {
    expect(result.differences.sort()).toEqual(Object.keys(explained).sort());
  });

  it("compares the figures the spec README gives", () => {
    // 27 verbs and the 52 nested types they reach, in 84 pairs (a vendor type met under two schemas of ours is
    // compared with each), 702 vendor properties in all, 244 of them the verbs' own.
    const verbSchemas = new Set(Object.values(result.verbMapping).map(refName));
    const verbs = [...result.pairs].filter((p) => verbSchemas.has(p.slice(p.indexOf("|") + 1)));
    expect(verbs.length).toBe(27);
    expect(result.reached.size).toBe(79);
    expect(result.pairs.size).toBe(84);
    expect(result.properties).toBe(702);
    expect(featureServerVerbs.reduce((n, v) => n + (v === "rest:dial" ? 0 : Object.keys(theirs[v]?.properties ?? {}).length), 0)).toBe(244);
  });

  // The explanations rest on what the vendor's validator does; these probes run it (null: accepted).
  const mcp = (roots: unknown[]) => ({ vendor: "openai", llmOptions: {}, mcpServers: [{ url: "https://m.example", roots }] });
  it.each([
    ["an array dtmfCapture (typeof object)", "dial", { target: [], dtmfCapture: ["*1"] }, null],
    ["an empty mcpServers roots", "llm", mcp([]), null],
    ["a non-empty roots", "llm", mcp([{}]), /root/],
    [
      "any Speechmatics audio event types",
      "gather",
      { recognizer: { vendor: "speechmatics", speechmaticsOptions: { audio_events_config_config: { types: [] } } } },
      /invalid or missing type/,
    ],
    ["llm without vendor", "llm", { llmOptions: {} }, /missing value for vendor/],
  ])("the validator on %s", (_label, verb, data, refusal) => {
    const run = () => validateVerb(verb, data);
    if (refusal) expect(run).toThrow(refusal);
    else expect(run).not.toThrow();
  });
});
