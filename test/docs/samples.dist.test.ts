// Every TypeScript sample of the docs compiles against the published declarations (packages/*/dist), as in a
// consumer's project: one program over one generated file. Runs in the budgets stage, after the package build.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { type OperationSample, samplesOf, typeCheckSource } from "../../scripts/lib/samples.js";
import { bundleSpec } from "../../scripts/lib/spec.js";
import { assertBuilt } from "../../scripts/lib/typecost.js";
import { presentVendors, repoRoot } from "../../scripts/lib/vendors.js";

// A sample with a body of the wrong type: proves the check sees the bodies at all.
const WRONG_BODY: OperationSample = {
  operationId: "negativeWrongBodyType",
  method: "POST",
  path: "/Accounts",
  setup: "",
  call: 'const { data, error } = await jambonz.POST("/Accounts", { body: { name: 42, service_provider_sid: "x" } });',
  typescript: "",
  curl: "",
};

interface Failure {
  sample: string;
  message: string;
}

let total = 0;
let failures: Failure[] = [];
let perVendor: Record<string, number> = {};

beforeAll(async () => {
  assertBuilt(["core", ...presentVendors().map((v) => v.name)]);
  const all = await Promise.all(presentVendors().map(async (v) => ({ vendor: v.name, samples: samplesOf(v.name, await bundleSpec(v)) })));
  perVendor = Object.fromEntries(all.map((a) => [a.vendor, a.samples.length]));
  total = all.reduce((n, a) => n + a.samples.length, 0);
  const withNegative = all.map((a) => (a.vendor === "jambonz" ? { ...a, samples: [...a.samples, WRONG_BODY] } : a));
  const dir = join(repoRoot, ".cache", "samples");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "samples.ts");
  const source = typeCheckSource(withNegative);
  writeFileSync(file, source);
  const config = ts.getParsedCommandLineOfConfigFile(
    join(repoRoot, "bench", "fixtures", "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  if (!config) throw new Error("cannot read bench/fixtures/tsconfig.json");
  const program = ts.createProgram({ rootNames: [file], options: config.options });
  // Which sample a line belongs to: the `// <vendor> <operationId>` comment above it.
  const lines = source.split("\n");
  const owner = (line: number) => {
    for (let i = line; i >= 0; i--) {
      const m = /^ {2}\/\/ (\S+ \S+)$/.exec(lines[i]!);
      if (m) return m[1]!;
    }
    return "(outside the samples)";
  };
  failures = ts.getPreEmitDiagnostics(program).map((d) => ({
    sample: d.file && d.start !== undefined ? owner(d.file.getLineAndCharacterOfPosition(d.start).line) : "(global)",
    message: ts.flattenDiagnosticMessageText(d.messageText, "\n").split("\n")[0]!,
  }));
}, 180_000);

describe("docs code samples, type-checked against packages/*/dist", () => {
  it("cover every operation of every vendor", () => {
    expect(Object.keys(perVendor).sort()).toEqual(
      presentVendors()
        .map((v) => v.name)
        .sort(),
    );
    for (const [vendor, count] of Object.entries(perVendor)) expect(count, vendor).toBeGreaterThan(0);
    expect(total).toBeGreaterThan(900);
  });

  it("all compile", () => {
    expect(failures.filter((f) => f.sample !== "jambonz negativeWrongBodyType")).toEqual([]);
  });

  it("refuse a sample whose body has the wrong type", () => {
    const negative = failures.filter((f) => f.sample === "jambonz negativeWrongBodyType");
    expect(negative.map((f) => f.message)).toEqual([expect.stringMatching(/Type 'number' is not assignable to type 'string'/)]);
  });
});
