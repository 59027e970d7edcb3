import { build } from "esbuild";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { repoRoot } from "./vendors.js";

export interface BundleSize {
  name: string;
  minified: number;
  gzip: number;
}

/** Minified + gzip size of an entry bundled with esbuild, `external` left out. */
export async function bundleSize(name: string, entry: string, external: string[]): Promise<BundleSize> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    write: false,
    external,
    logLevel: "silent",
    alias: { "@callspec/core": join(repoRoot, "packages", "core", "src", "index.ts") },
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
