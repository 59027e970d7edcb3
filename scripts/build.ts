// Builds every package to ESM + .d.ts in dependency order (core first), as `pnpm publish` would ship it.
import { cpSync, existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { binOf, reportFailure, runNode } from "./lib/run.js";
import { repoRoot } from "./lib/vendors.js";

async function main() {
  const dirs = readdirSync(join(repoRoot, "packages")).sort((a, b) => (a === "core" ? -1 : b === "core" ? 1 : a.localeCompare(b)));
  for (const name of dirs) {
    const dir = join(repoRoot, "packages", name);
    if (!existsSync(join(dir, "tsconfig.build.json"))) continue;
    rmSync(join(dir, "dist"), { recursive: true, force: true });
    const code = await runNode(binOf("typescript", "tsc"), ["-p", join(dir, "tsconfig.build.json")]);
    if (code !== 0) throw new Error(`building packages/${name} failed`);
    // tsc does not copy declaration files it reads; the generated types ship beside the compiled code.
    if (existsSync(join(dir, "src", "generated"))) cpSync(join(dir, "src", "generated"), join(dir, "dist", "generated"), { recursive: true });
    console.log(`built packages/${name}/dist`);
  }
}

main().catch(reportFailure);
