import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./vendors.js";

/** info.version and a hash of the bundled document (packages/specs, kept fresh by the drift check). */
export function specFingerprint(vendor: string): { version: string; sha256: string } {
  const text = readFileSync(join(repoRoot, "packages", "specs", `${vendor}.openapi.json`), "utf8");
  const document = JSON.parse(text) as { info: { version: string } };
  return { version: document.info.version, sha256: createHash("sha256").update(text).digest("hex") };
}

export function releasedSpecs(): Record<string, { version: string; sha256: string }> {
  const file = join(repoRoot, "specs", "releases.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, { version: string; sha256: string }>) : {};
}
