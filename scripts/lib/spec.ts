import { bundle, loadConfig } from "@redocly/openapi-core";
import { join } from "node:path";
import { repoRoot, type Vendor } from "./vendors.js";
import type { OpenApiDocument } from "@callspec/mock";

export { basePathOf, listOperations, type OpenApiDocument, type OperationEntry } from "@callspec/mock";

/** One bundled document per vendor, components kept as `$ref`s (what docs, Prism and the type generator read). */
export async function bundleSpec(vendor: Vendor): Promise<OpenApiDocument> {
  const config = await loadConfig({ configPath: join(repoRoot, "redocly.yaml") });
  const result = await bundle({ ref: vendor.root, config, dereference: false });
  const errors = result.problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    const where = errors.map((p) => `${p.location[0]?.source.absoluteRef ?? vendor.root}: ${p.message}`).join("\n");
    throw new Error(`Cannot bundle ${vendor.name}:\n${where}`);
  }
  return result.bundle.parsed as OpenApiDocument;
}
