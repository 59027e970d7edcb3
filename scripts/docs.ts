// Builds the offline docs site: site/<vendor>/index.html (+ bundled openapi.yaml/json) and the portal site/index.html.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { redoclyBin, reportFailure, runNode } from "./lib/run.js";
import { bundleSpec, listOperations, type OpenApiDocument } from "./lib/spec.js";
import { presentVendors, repoRoot, type Vendor } from "./lib/vendors.js";

export const siteDir = join(repoRoot, "site");

// The page still points two logo images at Redocly's CDN; offline they would fail, so they are inlined.
const BLANK_LOGO = "data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E";
const CDN_LOGOS = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;

export interface SiteEntry {
  vendor: string;
  title: string;
  version: string;
  operations: number;
}

export async function buildVendorDocs(vendor: Vendor): Promise<SiteEntry> {
  const document = await bundleSpec(vendor);
  const dir = join(siteDir, vendor.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "openapi.json"), `${JSON.stringify(document, null, 2)}\n`);
  writeFileSync(join(dir, "openapi.yaml"), stringify(document, { aliasDuplicateObjects: false }));
  const page = join(dir, "index.html");
  const code = await runNode(
    redoclyBin(),
    ["build-docs", join(dir, "openapi.json"), "--inlineBundle", "-o", page, "--title", document.info.title],
    { quietBanner: true },
  );
  if (code !== 0) throw new Error(`redocly build-docs failed for ${vendor.name} (exit ${code})`);
  writeFileSync(page, readFileSync(page, "utf8").replace(CDN_LOGOS, BLANK_LOGO));
  return entryOf(vendor, document);
}

export function entryOf(vendor: Vendor, document: OpenApiDocument): SiteEntry {
  return { vendor: vendor.name, title: document.info.title, version: document.info.version, operations: listOperations(document).length };
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderPortal(entries: SiteEntry[]): string {
  const rows = entries
    .map(
      (e) => `      <tr>
        <td><a href="${e.vendor}/index.html">${escape(e.title)}</a></td>
        <td><code>@callspec/${e.vendor}</code></td>
        <td>${escape(e.version)}</td>
        <td class="n">${e.operations}</td>
        <td><a href="${e.vendor}/openapi.yaml" download>openapi.yaml</a> · <a href="${e.vendor}/openapi.json" download>openapi.json</a></td>
      </tr>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>callspec API docs</title>
  <style>
    body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1b1f24; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; padding: .5rem .75rem; border-bottom: 1px solid #d8dee4; }
    td.n { text-align: right; font-variant-numeric: tabular-nums; }
    code { font-size: .9em; }
  </style>
</head>
<body>
  <h1>callspec API docs</h1>
  <p>Hand-written OpenAPI 3.1 documents for telephony and contact-center REST APIs. Each page works offline.</p>
  <table>
    <thead><tr><th>API</th><th>Client package</th><th>API version</th><th>Operations</th><th>Download</th></tr></thead>
    <tbody>
${rows}
    </tbody>
  </table>
</body>
</html>
`;
}

export async function buildSite(): Promise<SiteEntry[]> {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  const entries: SiteEntry[] = [];
  for (const vendor of presentVendors()) entries.push(await buildVendorDocs(vendor));
  writeFileSync(join(siteDir, "index.html"), renderPortal(entries));
  return entries;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildSite()
    .then((entries) => {
      for (const e of entries) console.log(`site/${e.vendor}/index.html  ${e.title} ${e.version}, ${e.operations} operations`);
      console.log("site/index.html");
    })
    .catch(reportFailure);
}
