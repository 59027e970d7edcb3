// The client entry stays free of the harness: `@callspec/jambonz/testing` (Ajv, the bundled spec, the call
// simulator) is a subpath of its own, and the entry's bundle must not reach any of it.
import { build } from "esbuild";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundleOptions, bundleSize } from "../../scripts/lib/size.js";
import { repoRoot } from "../../scripts/lib/vendors.js";

const src = join(repoRoot, "packages", "jambonz", "src");
const external = ["openapi-fetch", "node:*", "ajv", "@callspec/specs", "@callspec/specs/*"];

// The size budgets' settings, with the list of modules the bundle took in.
async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({ entryPoints: [entry], ...bundleOptions(external), metafile: true });
  return [
    ...Object.keys(result.metafile.inputs),
    ...result.metafile.outputs[Object.keys(result.metafile.outputs)[0]!]!.imports.map((i) => i.path),
  ];
}

describe("@callspec/jambonz bundle", () => {
  it("the entry takes in neither the harness nor Ajv nor the bundled spec", async () => {
    const inputs = await inputsOf(join(src, "index.ts"));
    expect(inputs.some((i) => i.endsWith("packages/jambonz/src/client.ts"))).toBe(true);
    expect(inputs.filter((i) => /testing\.ts$|\bajv\b|@callspec\/specs|\.json$/.test(i))).toEqual([]);
  });

  it("the testing subpath does take them in, so the check above can fail", async () => {
    const inputs = await inputsOf(join(src, "testing.ts"));
    expect(inputs.some((i) => i.endsWith("packages/jambonz/src/testing.ts"))).toBe(true);
    expect(inputs).toContain("ajv");
    expect(inputs.some((i) => i.startsWith("@callspec/specs"))).toBe(true);
  });

  it("the entry is much smaller than entry and harness together", async () => {
    const entry = await bundleSize("entry", join(src, "index.ts"), external);
    const both = await bundleSize(
      "entry + testing",
      { contents: `export * from ${JSON.stringify(join(src, "index.ts"))}; export * from ${JSON.stringify(join(src, "testing.ts"))};` },
      external,
    );
    expect(both.gzip - entry.gzip).toBeGreaterThan(1500);
  });
});
