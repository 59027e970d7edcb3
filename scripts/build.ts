// Builds every package to ESM + .d.ts, as `pnpm publish` would ship it: one tsc program over all of them
// (tsconfig.build.json), then each package's output moved to packages/<name>/dist.
import { cpSync, existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { binOf, reportFailure, runNode } from "./lib/run.js";
import { repoRoot } from "./lib/vendors.js";

async function main() {
  const out = join(repoRoot, ".cache", "build");
  rmSync(out, { recursive: true, force: true });
  const code = await runNode(binOf("typescript", "tsc"), ["-p", join(repoRoot, "tsconfig.build.json")]);
  if (code !== 0) throw new Error("building the packages failed (tsc -p tsconfig.build.json)");
  const names = readdirSync(join(repoRoot, "packages"))
    .filter((name) => existsSync(join(repoRoot, "packages", name, "src")))
    .sort();
  for (const name of names) {
    const dir = join(repoRoot, "packages", name);
    const emitted = join(out, name, "src");
    if (!existsSync(join(emitted, "index.js"))) throw new Error(`tsc emitted no ${name}/src/index.js`);
    rmSync(join(dir, "dist"), { recursive: true, force: true });
    renameSync(emitted, join(dir, "dist"));
    // tsc does not copy declaration files it reads; the generated types ship beside the compiled code.
    if (existsSync(join(dir, "src", "generated")))
      cpSync(join(dir, "src", "generated"), join(dir, "dist", "generated"), { recursive: true });
    console.log(`built packages/${name}/dist`);
  }
}

main().catch(reportFailure);
