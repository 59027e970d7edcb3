import { build, type BuildOptions } from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { repoRoot } from "./vendors.js";

export interface BundleSize {
  name: string;
  minified: number;
  gzip: number;
}

/** The esbuild settings every size figure is measured with: a minified ESM bundle for any platform, `external` left out. */
export const bundleOptions = (external: string[]) =>
  ({
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    write: false,
    external,
    logLevel: "silent",
    alias: { "@callspec/core": join(repoRoot, "packages", "core", "src", "index.ts") },
  }) satisfies BuildOptions;

/** Minified + gzip size of an entry (a file, or `{ contents }` of a module) bundled with esbuild, `external` left out. */
export async function bundleSize(name: string, entry: string | { contents: string }, external: string[]): Promise<BundleSize> {
  const result = await build({
    ...(typeof entry === "string" ? { entryPoints: [entry] } : { stdin: { contents: entry.contents, resolveDir: repoRoot, loader: "ts" } }),
    ...bundleOptions(external),
  });
  const code = result.outputFiles[0]!.contents;
  return { name, minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

/** The runtime a user ships: core + each vendor (openapi-fetch apart), and openapi-fetch alone for scale. */
export async function packageSizes(vendors: string[]): Promise<BundleSize[]> {
  const out: BundleSize[] = [];
  for (const vendor of vendors) {
    const entry = join(repoRoot, "packages", vendor, "src", "index.ts");
    if (existsSync(entry)) out.push(await bundleSize(`@callspec/core + @callspec/${vendor}`, entry, ["openapi-fetch", "node:*"]));
  }
  out.push(await bundleSize("openapi-fetch 0.17.0 (for scale)", join(repoRoot, "node_modules", "openapi-fetch", "dist", "index.mjs"), []));
  return out;
}

/**
 * What an app that only makes calls ships: the vendor's client factory alone, everything else tree-shaken
 * away (the packages declare `sideEffects: false`). For information; the budgets hold the whole entry.
 */
export async function clientOnlySizes(vendors: string[]): Promise<BundleSize[]> {
  const out: BundleSize[] = [];
  for (const vendor of vendors) {
    const entry = join(repoRoot, "packages", vendor, "src", "index.ts");
    if (!existsSync(entry)) continue;
    const factory = /\bcreate\w+Client\b/.exec(readFileSync(entry, "utf8"))?.[0];
    if (!factory) throw new Error(`packages/${vendor}/src/index.ts exports no create…Client`);
    out.push(
      await bundleSize(`@callspec/${vendor}: ${factory} alone`, { contents: `export { ${factory} } from ${JSON.stringify(entry)};` }, [
        "openapi-fetch",
        "node:*",
      ]),
    );
  }
  return out;
}
