// The README's test command: every check, with each stage's wall time. Stages run two at a time on this
// 2-core machine: vitest (the longest) from the start, the others in a chain beside it in dependency
// order. Each stage's output is shown when it ends; the first failure stops the rest.
import { binOf, reportFailure, runNodeCaptured } from "./lib/run.js";

interface Stage {
  name: string;
  script: string;
  args: string[];
  /** Stages that must have passed first. */
  needs?: string[];
}

const tsx = (script: string, ...args: string[]): Pick<Stage, "script" | "args"> => ({
  script: binOf("tsx", "tsx"),
  args: [script, ...args],
});

export const stages: Stage[] = [
  { name: "vitest", script: binOf("vitest", "vitest"), args: ["run"] },
  // Beside vitest, in this order: the build first (two stages wait for it), then the longest stages.
  { name: "packages build (ESM + .d.ts)", ...tsx("scripts/build.ts") },
  { name: "consumer smoke (packed tarballs, attw)", ...tsx("scripts/smoke-consumer.ts"), needs: ["packages build (ESM + .d.ts)"] },
  { name: "docs build", ...tsx("scripts/docs.ts") },
  { name: "docs in a browser (offline)", ...tsx("scripts/check-docs.ts"), needs: ["docs build"] },
  { name: "tsc --noEmit", script: binOf("typescript", "tsc"), args: ["--noEmit", "-p", "tsconfig.json"] },
  // The type fixtures check against the built declarations, as a consumer's project does.
  {
    name: "type and size budgets",
    script: binOf("vitest", "vitest"),
    args: ["run", "--config", "vitest.budgets.config.ts"],
    needs: ["packages build (ESM + .d.ts)"],
  },
  { name: "lint (redocly, every api)", ...tsx("scripts/lint.ts") },
  { name: "format and lint (biome)", script: binOf("@biomejs/biome", "biome"), args: ["ci", "--error-on-warnings", "--colors=off", "."] },
  { name: "generated files up to date", ...tsx("scripts/generate.ts", "--check") },
];

/** How many stages run at once. */
const PARALLEL = Number(process.env.TEST_PARALLEL ?? 2);

async function main() {
  const only = process.argv.slice(2);
  const chosen = stages.filter((stage) => !only.length || only.some((o) => stage.name.startsWith(o)));
  const chosenNames = new Set(chosen.map((s) => s.name));
  const times = new Map<string, number>();
  const passed = new Set<string>();
  const started = performance.now();
  let failed: string | undefined;
  const waiting = [...chosen];
  const running = new Set<Promise<void>>();
  const ready = (stage: Stage) => (stage.needs ?? []).every((n) => passed.has(n) || !chosenNames.has(n));
  const launch = (stage: Stage) => {
    console.log(`» ${stage.name}: started`);
    const t0 = performance.now();
    const job = runNodeCaptured(stage.script, stage.args).then(({ code, output }) => {
      const seconds = (performance.now() - t0) / 1000;
      times.set(stage.name, seconds);
      console.log(`\n» ${stage.name}: ${code === 0 ? "passed" : `FAILED (exit ${code})`} in ${seconds.toFixed(1)} s`);
      process.stdout.write(output.endsWith("\n") || output === "" ? output : `${output}\n`);
      if (code === 0) passed.add(stage.name);
      else if (!failed) {
        failed = stage.name;
        process.exitCode = code;
      }
      running.delete(job);
    });
    running.add(job);
  };
  while (!failed && (waiting.length || running.size)) {
    while (!failed && running.size < PARALLEL) {
      const next = waiting.findIndex(ready);
      if (next < 0) break;
      launch(waiting.splice(next, 1)[0]!);
    }
    if (!running.size) break;
    await Promise.race(running);
  }
  // A failure stops new stages; the ones already running are left to finish so that their output is whole.
  await Promise.all(running);
  console.log("\nstage times (wall; stages overlap, two at a time):");
  for (const stage of chosen) {
    const t = times.get(stage.name);
    console.log(`  ${stage.name.padEnd(40)} ${t === undefined ? "not run" : `${t.toFixed(1)} s`}`);
  }
  console.log(`  ${"total".padEnd(40)} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (failed) console.error(`\n✖ ${failed} failed`);
  else if (waiting.length) {
    console.error(`\n✖ stages never ran: ${waiting.map((s) => s.name).join(", ")}`);
    process.exitCode = 1;
  } else console.log("\n✔ all checks passed");
}

if (import.meta.url === `file://${process.argv[1]}`) main().catch(reportFailure);
