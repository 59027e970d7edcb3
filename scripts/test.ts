// The README's test command: every check, in order, stopping at the first failure, with each stage's wall time.
import { binOf, reportFailure, runNode } from "./lib/run.js";

interface Stage {
  name: string;
  script: string;
  args: string[];
}

const tsx = (script: string, ...args: string[]): Pick<Stage, "script" | "args"> => ({ script: binOf("tsx", "tsx"), args: [script, ...args] });

export const stages: Stage[] = [
  { name: "lint (redocly, every api)", ...tsx("scripts/lint.ts") },
  { name: "generated files up to date", ...tsx("scripts/generate.ts", "--check") },
  { name: "tsc --noEmit", script: binOf("typescript", "tsc"), args: ["--noEmit", "-p", "tsconfig.json"] },
  { name: "packages build (ESM + .d.ts)", ...tsx("scripts/build.ts") },
  { name: "consumer smoke (packed tarballs, attw)", ...tsx("scripts/smoke-consumer.ts") },
  { name: "vitest", script: binOf("vitest", "vitest"), args: ["run"] },
  { name: "docs build", ...tsx("scripts/docs.ts") },
  { name: "docs in a browser (offline)", ...tsx("scripts/check-docs.ts") },
];

async function main() {
  const only = process.argv.slice(2);
  const times: [string, number][] = [];
  const started = performance.now();
  for (const stage of stages) {
    if (only.length && !only.some((o) => stage.name.startsWith(o))) continue;
    console.log(`\n» ${stage.name}`);
    const t0 = performance.now();
    const code = await runNode(stage.script, stage.args);
    times.push([stage.name, performance.now() - t0]);
    if (code !== 0) {
      console.error(`\n✖ ${stage.name} failed (exit ${code})`);
      process.exitCode = code;
      break;
    }
  }
  console.log("\nstage times:");
  for (const [name, ms] of times) console.log(`  ${name.padEnd(30)} ${(ms / 1000).toFixed(1)} s`);
  console.log(`  ${"total".padEnd(30)} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (!process.exitCode) console.log("\n✔ all checks passed");
}

if (import.meta.url === `file://${process.argv[1]}`) main().catch(reportFailure);
