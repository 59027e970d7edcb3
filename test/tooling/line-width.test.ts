import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../scripts/lib/vendors.js";

// Biome's formatter keeps lines within 140 columns but cannot break a long string or template literal.
const LINE_WIDTH = 140;

describe("line width", () => {
  it(`no hand-written TypeScript line runs past ${LINE_WIDTH} characters`, () => {
    const files = execFileSync("git", ["ls-files", "-z", "--", "*.ts"], { cwd: repoRoot, encoding: "utf8" })
      .split("\0")
      .filter((file) => file && !file.includes("/generated/") && !file.endsWith("schema.d.ts"));
    const long: string[] = [];
    for (const file of files) {
      const path = join(repoRoot, file);
      // A tracked file deleted in the work tree has no lines to check.
      if (!existsSync(path)) continue;
      readFileSync(path, "utf8")
        .split("\n")
        .forEach((line, i) => {
          // Code points, not UTF-16 units: an emoji counts as one character.
          if ([...line].length > LINE_WIDTH) long.push(`${file}:${i + 1}`);
        });
    }
    expect(long).toEqual([]);
  });
});
