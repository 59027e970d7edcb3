import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageSizes } from "../scripts/lib/size.js";
import { fixtureNames, measureFixture } from "../scripts/lib/typecost.js";
import { presentVendors, repoRoot } from "../scripts/lib/vendors.js";

const budgets = JSON.parse(readFileSync(join(repoRoot, "bench", "budgets.json"), "utf8")) as {
  instantiations: Record<string, number>;
  gzipBytes: Record<string, number>;
};

describe("type instantiation budgets (tsc --extendedDiagnostics over bench/fixtures)", () => {
  it.each(fixtureNames())("%s stays within its budget", (name) => {
    const budget = budgets.instantiations[name];
    expect(budget, `bench/budgets.json has no instantiation budget for the ${name} fixture`).toBeTypeOf("number");
    const { instantiations } = measureFixture(name);
    expect(instantiations).toBeGreaterThan(0);
    expect(instantiations).toBeLessThanOrEqual(budget!);
    // One tsc run per fixture: several seconds each, far more while the vitest workers share two cores.
  }, 120_000);
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
