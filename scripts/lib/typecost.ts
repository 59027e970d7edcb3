import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { binOf } from "./run.js";
import { repoRoot } from "./vendors.js";

const fixturesDir = join(repoRoot, "bench", "fixtures");

export interface TypeCost {
  fixture: string;
  instantiations: number;
  budget: number;
  memoryMB: number;
  checkTime: string;
}

/** Budgets per fixture: about 20 % above the measured instantiation count (deterministic for a given tsc). */
export function budgets(): Record<string, number> {
  return JSON.parse(readFileSync(join(repoRoot, "bench", "budgets.json"), "utf8")).instantiations as Record<string, number>;
}

export const fixtureNames = () =>
  readdirSync(fixturesDir)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => f.slice(0, -3))
    .sort();

/** `tsc --extendedDiagnostics` over one fixture alone, in a child process (several can run at once). */
export async function measureFixture(name: string): Promise<TypeCost> {
  const dir = join(repoRoot, ".cache", "typecost");
  mkdirSync(dir, { recursive: true });
  const config = join(dir, `tsconfig.${name}.json`);
  writeFileSync(config, JSON.stringify({ extends: join(fixturesDir, "tsconfig.json"), include: [], files: [join(fixturesDir, `${name}.ts`)] }));
  let output: string;
  try {
    output = (await promisify(execFile)(process.execPath, [binOf("typescript", "tsc"), "-p", config, "--extendedDiagnostics"], { encoding: "utf8" })).stdout;
  } catch (error) {
    throw new Error(`the ${name} fixture does not type-check:\n${(error as { stdout?: string }).stdout ?? error}`);
  }
  const field = (label: string) => output.match(new RegExp(`^${label}:\\s+(\\S+)`, "m"))?.[1] ?? "?";
  return {
    fixture: name,
    instantiations: Number(field("Instantiations")),
    budget: budgets()[name] ?? Number.NaN,
    memoryMB: Math.round(Number(field("Memory used").replace("K", "")) / 1024),
    checkTime: field("Check time"),
  };
}

/** One after the other, so that the check times printed by the bench are not inflated by each other. */
export async function measureFixtures(): Promise<TypeCost[]> {
  const results: TypeCost[] = [];
  for (const name of fixtureNames()) results.push(await measureFixture(name));
  return results;
}
