// Builds the offline docs site: site/<vendor>/index.html (+ bundled openapi.yaml/json) and the portal site/index.html.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { eachLimited, redoclyBin, reportFailure, runNode } from "./lib/run.js";
import { withEvidenceNotes } from "./lib/evidence.js";
import { withCodeSamples } from "./lib/samples.js";
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
  // The samples go into the published document only; the hand-written spec files stay as they are.
  const document = withEvidenceNotes(withCodeSamples(vendor.name, await bundleSpec(vendor)));
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

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderPortal(entries: SiteEntry[]): string {
  const rows = entries
    .map(
      (e) => `      <tr>
        <td><a href="${e.vendor}/index.html">${escapeHtml(e.title)}</a></td>
        <td><code>@callspec/${e.vendor}</code></td>
        <td>${escapeHtml(e.version)}</td>
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
  <p><a href="reliability.html">How the clients behave when things go wrong</a>: the fault matrix, tested for every client.</p>
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

/** Just enough Markdown for docs/reliability.md: headings, paragraphs, lists, tables, `code`. */
export function markdownToHtml(markdown: string, title: string): string {
  const inline = (t: string) => escapeHtml(t).replace(/`([^`]+)`/g, "<code>$1</code>");
  const out: string[] = [];
  const lines = markdown.replace(/<!--[\s\S]*?-->\n?/g, "").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^#{1,3} /.test(line)) {
      const level = line.indexOf(" ");
      out.push(`<h${level}>${inline(line.slice(level + 1))}</h${level}>`);
    } else if (line.startsWith("|")) {
      const rows: string[][] = [];
      for (; i < lines.length && lines[i]!.startsWith("|"); i++)
        rows.push(
          lines[i]!.slice(1, -1)
            .split(" | ")
            .map((c) => c.trim()),
        );
      i--;
      const [head, , ...body] = rows;
      out.push(`<table><thead><tr>${head!.map((c) => `<th>${inline(c)}</th>`).join("")}</tr></thead><tbody>`);
      for (const r of body) out.push(`<tr>${r.map((c) => `<td>${inline(c)}</td>`).join("")}</tr>`);
      out.push("</tbody></table>");
    } else if (line.startsWith("- ")) {
      out.push("<ul>");
      for (; i < lines.length && lines[i]!.startsWith("- "); i++) out.push(`<li>${inline(lines[i]!.slice(2))}</li>`);
      i--;
      out.push("</ul>");
    } else if (line.trim()) {
      const para = [line];
      while (i + 1 < lines.length && lines[i + 1]!.trim() && !/^(#|\||- )/.test(lines[i + 1]!)) para.push(lines[++i]!);
      out.push(`<p>${inline(para.join(" "))}</p>`);
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1b1f24}table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #d8dee4;vertical-align:top}code{font-size:.9em}</style>
</head><body><p><a href="index.html">← all APIs</a></p>
${out.join("\n")}
</body></html>
`;
}

export async function buildSite(): Promise<SiteEntry[]> {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  // Two vendors at a time (each page is a redocly process of its own); the portal keeps the vendors' order.
  const vendors = presentVendors();
  const built = new Map<string, SiteEntry>();
  await eachLimited(vendors, 2, async (vendor) => void built.set(vendor.name, await buildVendorDocs(vendor)));
  const entries = vendors.map((v) => built.get(v.name)!);
  writeFileSync(join(siteDir, "index.html"), renderPortal(entries));
  const reliability = readFileSync(join(repoRoot, "docs", "reliability.md"), "utf8");
  writeFileSync(join(siteDir, "reliability.html"), markdownToHtml(reliability, "callspec: how the clients behave when things go wrong"));
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
