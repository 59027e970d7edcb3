// The portal's search index and evidence picture, and the samples' secrets, from the bundled specs.
import { beforeAll, describe, expect, it } from "vitest";
import { countEvidence } from "../../scripts/lib/evidence.js";
import { evidenceSvg, operationAnchor, searchEntries } from "../../scripts/lib/portal.js";
import { samplesOf } from "../../scripts/lib/samples.js";
import { bundleSpec, listOperations, type OpenApiDocument } from "../../scripts/lib/spec.js";
import { presentVendors } from "../../scripts/lib/vendors.js";

const documents = new Map<string, OpenApiDocument>();
beforeAll(async () => {
  for (const vendor of presentVendors()) documents.set(vendor.name, await bundleSpec(vendor));
}, 60_000);

describe("search index", () => {
  it("holds every operation of every vendor, linked to its Redoc anchor", () => {
    for (const [vendor, document] of documents) {
      const operations = searchEntries(vendor, document).filter((e) => e[1] === "operation");
      expect(operations.map((e) => e[2]).sort()).toEqual(
        listOperations(document)
          .map((o) => o.operationId)
          .sort(),
      );
      for (const e of operations) expect(e[6]).toMatch(new RegExp(`^${vendor}/index\\.html#/[a-z0-9-]+/${e[2].toLowerCase()}$`));
    }
  });

  it("spells anchors as Redoc does (seen in the built pages)", () => {
    expect(operationAnchor("Call History", "listCallHistory")).toBe("#/call-history/listcallhistory");
    expect(operationAnchor("AcdEvents", "listAcdEvents")).toBe("#/acdevents/listacdevents");
  });
});

describe("evidence picture", () => {
  it("draws a segment per level in use, with its count, and a total per vendor", () => {
    const svg = evidenceSvg([...documents].map(([vendor, document]) => ({ vendor, counts: countEvidence(document) })));
    for (const [vendor, document] of documents) {
      const counts = countEvidence(document);
      for (const [level, n] of Object.entries(counts)) {
        if (n) expect(svg).toContain(`<title>${vendor}: ${n} ${level}</title>`);
        else expect(svg).not.toContain(`${vendor}: 0 ${level}</title>`);
      }
    }
    expect(svg.match(/class="segment"/g)?.length).toBeGreaterThanOrEqual(documents.size);
  });
});

describe("code samples", () => {
  it("take secrets from the environment, never as literals", () => {
    for (const [vendor, document] of documents) {
      for (const s of samplesOf(vendor, document)) {
        expect(s.curl, s.operationId).not.toMatch(/(Bearer|X-Auth-Token:|X-CSRF-TOKEN:|JSESSIONID=) ?[A-Za-z0-9]/);
        expect(s.setup, s.operationId).not.toMatch(/(apiKey|token|password|clientSecret): "/);
        expect(s.setup).toMatch(/process\.env\.[A-Z_]+!/);
      }
    }
  });
});
