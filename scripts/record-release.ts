// `pnpm release:record`: notes each spec's info.version and content hash as released (specs/releases.json).
// test/spec-versions.test.ts then fails when a spec's content changes while its version stays the same.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { reportFailure } from "./lib/run.js";
import { specFingerprint } from "./lib/releases.js";
import { presentVendors, repoRoot } from "./lib/vendors.js";

async function main() {
  const records: Record<string, { version: string; sha256: string }> = {};
  for (const vendor of presentVendors()) records[vendor.name] = specFingerprint(vendor.name);
  writeFileSync(join(repoRoot, "specs", "releases.json"), `${JSON.stringify(records, null, 2)}\n`);
  console.log(
    Object.entries(records)
      .map(([v, r]) => `${v} ${r.version}`)
      .join("\n"),
  );
}

main().catch(reportFailure);
