// Builds every package to ESM + .d.ts (core first, then the others two at a time), as `pnpm publish` would ship it.
import { cpSync, existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { binOf, eachLimited, reportFailure, runNode } from "./lib/run.js";
import { repoRoot } from "./lib/vendors.js";

async function buildOne(name: string): Promise<void> {
  const dir = join(repoRoot, "packages", name);
  rmSync(join(dir, "dist"), { recursive: true, force: true });
  const code = await runNode(binOf("typescript", "tsc"), ["-p", join(dir, "tsconfig.build.json")]);
  if (code !== 0) throw new Error(`building packages/${name} failed`);
  // tsc does not copy declaration files it reads; the generated types ship beside the compiled code.
  if (existsSync(join(dir, "src", "generated"))) cpSync(join(dir, "src", "generated"), join(dir, "dist", "generated"), { recursive: true });
  console.log(`built packages/${name}/dist`);
}

async function main() {
  const names = readdirSync(join(repoRoot, "packages"))
    .filter((name) => existsSync(join(repoRoot, "packages", name, "tsconfig.build.json")))
    .sort();
  // Core first (the others read its declarations), then the rest two at a time.
  await buildOne("core");
  await eachLimited(
    names.filter((name) => name !== "core"),
    2,
    buildOne,
  );
}

main().catch(reportFailure);
