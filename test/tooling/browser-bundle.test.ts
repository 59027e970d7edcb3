import { builtinModules } from "node:module";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../scripts/lib/vendors.js";

// The client packages a web page may import: none may pull in a Node built-in (the mock and the specs are tools).
const CLIENT_PACKAGES = ["core", "genesys-gws", "jambonz", "jtel", "kazoo", "telphin"];
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Records every Node built-in an import names, instead of letting esbuild's browser resolution fail on the first one. */
function recordBuiltins(seen: string[]): Plugin {
  return {
    name: "record-node-builtins",
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (!BUILTINS.has(args.path) && !args.path.startsWith("node:")) return undefined;
        seen.push(`${args.path} (from ${args.importer.replace(`${repoRoot}/`, "")})`);
        return { path: args.path, external: true };
      });
    },
  };
}

/** Bundles a package's entry for the browser (openapi-fetch and core included, as a page ships them). */
async function bundleForBrowser(name: string): Promise<{ builtins: string[]; gzip: number; minified: number }> {
  const builtins: string[] = [];
  const alias = Object.fromEntries(CLIENT_PACKAGES.map((p) => [`@callspec/${p}`, join(repoRoot, "packages", p, "src", "index.ts")]));
  const result = await build({
    entryPoints: [join(repoRoot, "packages", name, "src", "index.ts")],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
    alias,
    plugins: [recordBuiltins(builtins)],
  });
  const code = result.outputFiles[0]!.contents;
  return { builtins, minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

describe("client packages bundle for the browser", () => {
  it.each(CLIENT_PACKAGES)("@callspec/%s imports no Node built-in", async (name) => {
    const { builtins, gzip } = await bundleForBrowser(name);
    expect(builtins, `@callspec/${name} imports Node built-ins`).toEqual([]);
    expect(gzip).toBeGreaterThan(1000);
  });

  it("notices a Node built-in when one is imported", async () => {
    const builtins: string[] = [];
    await build({
      stdin: {
        contents: 'import { createHash } from "node:crypto"; import { readFileSync } from "fs"; export { createHash, readFileSync };',
      },
      bundle: true,
      platform: "browser",
      write: false,
      logLevel: "silent",
      plugins: [recordBuiltins(builtins)],
    });
    expect(builtins.map((b) => b.split(" ")[0])).toEqual(["node:crypto", "fs"]);
  });
});
