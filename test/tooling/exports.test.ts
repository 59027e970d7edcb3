import * as core from "@callspec/core";
import { describe, expect, it } from "vitest";
import { presentVendors } from "../../scripts/lib/vendors.js";

// A strict pnpm install gives a user only the vendor package: every error core can throw must be importable from it.
const coreErrors = Object.entries(core)
  .filter(([, value]) => typeof value === "function" && (value === core.CallspecError || value.prototype instanceof core.CallspecError))
  .map(([name]) => name);

describe.each(presentVendors().map((v) => v.name))("@callspec/%s", (vendor) => {
  it("re-exports every error class of core, the very classes (instanceof holds)", async () => {
    const entry = (await import(`@callspec/${vendor}`)) as Record<string, unknown>;
    expect(coreErrors.length).toBeGreaterThan(8);
    const missing = coreErrors.filter((name) => entry[name] !== (core as Record<string, unknown>)[name]);
    expect(missing).toEqual([]);
  });
});
