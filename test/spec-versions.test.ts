import { describe, expect, it } from "vitest";
import { releasedSpecs, specFingerprint } from "../scripts/lib/releases.js";

// A spec whose content changed since its last release must carry a new info.version.
describe.each(Object.entries(releasedSpecs()))("%s spec", (vendor, released) => {
  it("changed only together with its info.version", () => {
    const now = specFingerprint(vendor);
    if (now.sha256 !== released.sha256) {
      expect(now.version, `specs/${vendor} changed since ${released.version} was released: bump info.version`).not.toBe(released.version);
    } else {
      expect(now.version).toBe(released.version);
    }
  });
});

describe("specs/releases.json", () => {
  it("records only vendors whose spec exists", async () => {
    const { presentVendors } = await import("../scripts/lib/vendors.js");
    const present = new Set<string>(presentVendors().map((v) => v.name));
    expect(Object.keys(releasedSpecs()).filter((v) => !present.has(v))).toEqual([]);
  });
});
