import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
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

/** Newest modification time under a folder (0 when it does not exist). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  return Math.max(
    0,
    ...readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => statSync(join(e.parentPath, e.name)).mtimeMs),
  );
}

/**
 * The fixtures check against the packages' published declarations (packages/X/dist), as a consumer's project
 * does: refuses to measure a package that was never built or is older than its sources.
 */
export function assertBuilt(packages: string[]): void {
  for (const name of packages) {
    const dist = join(repoRoot, "packages", name, "dist");
    if (!existsSync(join(dist, "index.d.ts")))
      throw new Error(`packages/${name}/dist is missing: run \`pnpm build\` before measuring type cost`);
    if (newest(join(repoRoot, "packages", name, "src")) > newest(dist)) {
      throw new Error(`packages/${name}/dist is older than packages/${name}/src: run \`pnpm build\` before measuring type cost`);
    }
  }
}

/** `tsc --extendedDiagnostics` over one fixture alone, in a child process (several can run at once). */
export async function measureFixture(name: string): Promise<TypeCost> {
  const dir = join(repoRoot, ".cache", "typecost");
  mkdirSync(dir, { recursive: true });
  const config = join(dir, `tsconfig.${name}.json`);
  writeFileSync(
    config,
    JSON.stringify({ extends: join(fixturesDir, "tsconfig.json"), include: [], files: [join(fixturesDir, `${name}.ts`)] }),
  );
  let output: string;
  try {
    output = (
      await promisify(execFile)(process.execPath, [binOf("typescript", "tsc"), "-p", config, "--extendedDiagnostics"], { encoding: "utf8" })
    ).stdout;
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

/**
 * Instantiation counts of every fixture from one process: the compiler API over bench/fixtures/tsconfig.json,
 * the library and package declarations parsed once and shared (as an editor's language service does). The
 * count is the checker's own, the figure `tsc --extendedDiagnostics` prints; `pnpm bench` checks that the two
 * agree. A fixture that does not type-check (an expected error gone included) fails.
 */
export async function countInstantiations(names: string[] = fixtureNames()): Promise<Map<string, number>> {
  const ts = (await import("typescript")).default;
  const configPath = join(fixturesDir, "tsconfig.json");
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  if (!parsed) throw new Error(`cannot read ${configPath}`);
  const host = ts.createCompilerHost(parsed.options);
  const cache = new Map<string, import("typescript").SourceFile | undefined>();
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (file, languageVersion, onError, fresh) => {
    const key = `${file}\0${typeof languageVersion === "object" ? languageVersion.languageVersion : languageVersion}`;
    if (!cache.has(key)) cache.set(key, read(file, languageVersion, onError, fresh));
    return cache.get(key);
  };
  const counts = new Map<string, number>();
  for (const name of names) {
    const program = ts.createProgram({ rootNames: [join(fixturesDir, `${name}.ts`)], options: parsed.options, host });
    const diagnostics = ts.getPreEmitDiagnostics(program);
    if (diagnostics.length) {
      throw new Error(
        `the ${name} fixture does not type-check:\n` +
          ts.formatDiagnostics(diagnostics, { ...host, getCanonicalFileName: (f) => f, getNewLine: () => "\n" }),
      );
    }
    counts.set(name, program.getInstantiationCount());
  }
  return counts;
}
