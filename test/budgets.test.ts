import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { packageSizes } from "../scripts/lib/size.js";
import { assertBuilt, countInstantiations, fixtureNames } from "../scripts/lib/typecost.js";
import { presentVendors, repoRoot } from "../scripts/lib/vendors.js";

const budgets = JSON.parse(readFileSync(join(repoRoot, "bench", "budgets.json"), "utf8")) as {
  instantiations: Record<string, number>;
  gzipBytes: Record<string, number>;
};

describe("type instantiation budgets (bench/fixtures checked against packages/*/dist)", () => {
  // The fixtures see the packages as a consumer does, through their built declarations; one compiler process
  // counts them all (the same count as `tsc --extendedDiagnostics`).
  let counts: Map<string, number>;
  beforeAll(async () => {
    assertBuilt(["core", ...presentVendors().map((v) => v.name)]);
    counts = await countInstantiations();
  }, 120_000);
  it.each(fixtureNames())("%s stays within its budget", (name) => {
    const budget = budgets.instantiations[name];
    expect(budget, `bench/budgets.json has no instantiation budget for the ${name} fixture`).toBeTypeOf("number");
    const instantiations = counts.get(name);
    expect(instantiations).toBeGreaterThan(0);
    expect(instantiations, `${name}: ${instantiations} instantiations`).toBeLessThanOrEqual(budget!);
  });
});

describe("runtime size budgets (esbuild, minified, gzip)", () => {
  it("core + each vendor stays within its budget", async () => {
    const sizes = await packageSizes(presentVendors().map((v) => v.name));
    for (const size of sizes.filter((s) => s.name.startsWith("@callspec/"))) {
      const budget = budgets.gzipBytes[size.name];
      expect(budget, `bench/budgets.json has no size budget for ${size.name}`).toBeTypeOf("number");
      expect(size.gzip, `${size.name}: ${size.gzip} B gzip`).toBeLessThanOrEqual(budget!);
    }
  });
});
