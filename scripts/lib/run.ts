import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { repoRoot } from "./vendors.js";

const require = createRequire(import.meta.url);

/** Environment of every child: no telemetry, no update checks (both hang without internet). */
export const toolEnv = {
  ...process.env,
  REDOCLY_TELEMETRY: "off",
  REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
  NO_UPDATE_NOTIFIER: "1",
};

/** The CLI script of an installed package (no global tools, no npx lookups). */
export function binOf(pkg: string, bin: string): string {
  const manifest = require(`${pkg}/package.json`) as { bin: string | Record<string, string> };
  const rel = typeof manifest.bin === "string" ? manifest.bin : manifest.bin[bin];
  if (!rel) throw new Error(`${pkg} has no "${bin}" executable`);
  return join(require.resolve(`${pkg}/package.json`), "..", rel);
}

/** Runs a Node CLI with inherited output; resolves with its exit code. */
export function runNode(script: string, args: string[], options: { quietBanner?: boolean } = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: repoRoot,
      env: toolEnv,
      stdio: options.quietBanner ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    if (options.quietBanner) {
      const filter = (chunk: Buffer, out: NodeJS.WriteStream) => {
        const text = chunk
          .toString()
          .split("\n")
          .filter((line) => !/[║╔╚]/.test(line))
          .join("\n");
        out.write(text);
      };
      child.stdout!.on("data", (c: Buffer) => filter(c, process.stdout));
      child.stderr!.on("data", (c: Buffer) => filter(c, process.stderr));
    }
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs `task` over `items`, `limit` at a time; rejects with the first failure. */
export async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

/** Runs a Node CLI with its output (stdout and stderr, interleaved) collected instead of shown. */
export function runNodeCaptured(script: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: repoRoot, env: toolEnv, stdio: ["ignore", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    child.stdout!.on("data", (c: Buffer) => chunks.push(c));
    child.stderr!.on("data", (c: Buffer) => chunks.push(c));
    child.once("error", reject);
    child.once("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks).toString() }));
  });
}

export const redoclyBin = () => binOf("@redocly/cli", "redocly");

/** Prints a script's failure as one readable line for usage mistakes, in full otherwise; sets the exit code. */
export function reportFailure(error: unknown): void {
  if (error instanceof Error && (error.name === "UsageError" || error.name === "MockUsageError")) console.error(`error: ${error.message}`);
  else console.error(error);
  process.exitCode = 1;
}
