import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { MockVendor } from "@callspec/mock";
import { parse } from "yaml";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Fixed loopback ports of `pnpm start` and `pnpm mock`; the docs site is served on DOCS_PORT. */
export const DOCS_PORT = 4000;
const MOCK_PORTS: Record<MockVendor, number> = {
  jambonz: 4010,
  kazoo: 4011,
  "genesys-gws": 4012,
  jtel: 4013,
  telphin: 4014,
};

export interface Vendor {
  /** The api name in redocly.yaml, also the folder under specs/ and packages/. */
  name: MockVendor;
  /** Absolute path of the spec's root document. */
  root: string;
  /** Absolute path of the generated types. */
  typesOutput: string;
  /** Fixed port of its mock in `pnpm start` / `pnpm mock`. */
  port: number;
}

interface RedoclyApi {
  root: string;
  "x-openapi-ts"?: { output?: string };
}

/** Every vendor redocly.yaml names, whether or not its spec exists yet. */
export function allVendors(): Vendor[] {
  const config = parse(readFileSync(join(repoRoot, "redocly.yaml"), "utf8")) as { apis: Record<string, RedoclyApi> };
  return Object.entries(config.apis).map(([name, api]) => {
    const output = api["x-openapi-ts"]?.output;
    if (!output) throw new Error(`redocly.yaml: api "${name}" has no x-openapi-ts.output`);
    if (!(name in MOCK_PORTS)) throw new Error(`scripts/lib/vendors.ts: no mock port for "${name}"`);
    const port = MOCK_PORTS[name as MockVendor];
    return { name: name as MockVendor, root: join(repoRoot, api.root), typesOutput: join(repoRoot, output), port };
  });
}

/** The vendors whose spec is present: what lint, generate, docs, mocks and tests work on. */
export function presentVendors(): Vendor[] {
  return allVendors().filter((v) => existsSync(v.root));
}

/** The named vendor, or an error that lists the valid names. */
export function vendorByName(name: string | undefined): Vendor {
  const vendors = presentVendors();
  const found = vendors.find((v) => v.name === name);
  if (!found) {
    const names = vendors.map((v) => v.name).join(", ");
    throw new UsageError(name ? `Unknown vendor "${name}". Valid names: ${names}.` : `Name a vendor. Valid names: ${names}.`);
  }
  return found;
}

/** A mistake of the person running a script: printed as one line, without a stack trace. */
export class UsageError extends Error {
  override name = "UsageError";
}
