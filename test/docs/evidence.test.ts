// x-evidence: every operation of every spec says how its facts are known, with a level the docs can draw, and
// the lint rule that demands it does fire.
import { join } from "node:path";
import { lintFromString, loadConfig } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";
import { EVIDENCE_LEVELS, evidenceOf, listEvidence } from "../../scripts/lib/evidence.js";
import { bundleSpec } from "../../scripts/lib/spec.js";
import { presentVendors, repoRoot } from "../../scripts/lib/vendors.js";

describe.each(presentVendors())("$name x-evidence", (vendor) => {
  it("is on every operation and webhook, with a known level and a named source", async () => {
    const entries = listEvidence(await bundleSpec(vendor));
    expect(entries.length).toBeGreaterThan(0);
    const wrong = entries.filter((e) => !e.evidence).map((e) => `${e.operationId}: ${JSON.stringify(e.raw)}`);
    expect(wrong).toEqual([]);
  });
});

describe("evidenceOf", () => {
  it("refuses an unknown level or an empty source", () => {
    expect(evidenceOf({ level: "documented", source: "applications/crossbar/doc/devices.md" })).toEqual({
      level: "documented",
      source: "applications/crossbar/doc/devices.md",
    });
    expect(evidenceOf({ level: "guessed", source: "x" })).toBeUndefined();
    expect(evidenceOf({ level: "recorded", source: " " })).toBeUndefined();
    expect(evidenceOf("documented")).toBeUndefined();
    expect(EVIDENCE_LEVELS).toEqual(["recorded", "source", "documented", "inferred"]);
  });
});

describe("rule/operation-has-evidence (redocly.yaml)", () => {
  const spec = (evidence: string) => `openapi: 3.1.0
info: { title: t, version: "1", description: d, license: { name: MIT, url: "https://opensource.org/licenses/MIT" } }
servers: [{ url: "https://api.test.invalid/v1" }]
security: []
tags: [{ name: Things, description: d }]
paths:
  /things:
    get:
      operationId: listThings
${evidence}      summary: List things
      description: d
      tags: [Things]
      responses:
        "200": { description: ok, content: { application/json: { schema: { type: object }, example: {} } } }
        "400": { description: bad, content: { application/json: { schema: { type: object }, example: {} } } }
`;
  const ruleProblems = async (source: string) => {
    const config = await loadConfig({ configPath: join(repoRoot, "redocly.yaml") });
    const problems = await lintFromString({ source, absoluteRef: join(repoRoot, "specs", "negative.yaml"), config });
    return problems.filter((p) => p.ruleId === "rule/operation-has-evidence");
  };

  it("fires on an operation without x-evidence", async () => {
    expect(await ruleProblems(spec(""))).toHaveLength(1);
  });

  it("passes the same operation with it", async () => {
    expect(await ruleProblems(spec('      x-evidence: { level: documented, source: "a doc page" }\n'))).toEqual([]);
  });
});
