// Builds the offline docs site: site/<vendor>/index.html (+ bundled openapi.yaml/json) and the portal site/index.html.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { stringify } from "yaml";
import { eachLimited, redoclyBin, reportFailure, runNode } from "./lib/run.js";
import { countEvidence, type EvidenceLevel, withEvidenceNotes } from "./lib/evidence.js";
import { evidenceSvg, SEARCH_SCRIPT, type SearchEntry, searchEntries, searchIndexScript } from "./lib/portal.js";
import { REDOC_SAMPLES_CONFIG, withCodeSamples } from "./lib/samples.js";
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
  evidence: Record<EvidenceLevel, number>;
  search: SearchEntry[];
}

export async function buildVendorDocs(vendor: Vendor): Promise<SiteEntry> {
  // The samples go into the published document only; the hand-written spec files stay as they are.
  const bundled = await bundleSpec(vendor);
  const evidence = countEvidence(bundled);
  const search = searchEntries(vendor.name, bundled);
  const document = withEvidenceNotes(withCodeSamples(vendor.name, bundled));
  const dir = join(siteDir, vendor.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "openapi.json"), `${JSON.stringify(document, null, 2)}\n`);
  writeFileSync(join(dir, "openapi.yaml"), stringify(document, { aliasDuplicateObjects: false }));
  const page = join(dir, "index.html");
  const code = await runNode(
    redoclyBin(),
    ["build-docs", join(dir, "openapi.json"), "--config", redocConfig(), "--inlineBundle", "-o", page, "--title", document.info.title],
    { quietBanner: true },
  );
  if (code !== 0) throw new Error(`redocly build-docs failed for ${vendor.name} (exit ${code})`);
  writeFileSync(page, readFileSync(page, "utf8").replace(CDN_LOGOS, BLANK_LOGO));
  return entryOf(vendor, document, evidence, search);
}

/** build-docs' own config (the sample languages), beside the site rather than in it. */
function redocConfig(): string {
  const file = join(repoRoot, ".cache", "docs", "redoc.yaml");
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, REDOC_SAMPLES_CONFIG);
  return file;
}

export function entryOf(
  vendor: Vendor,
  document: OpenApiDocument,
  evidence: Record<EvidenceLevel, number>,
  search: SearchEntry[],
): SiteEntry {
  const operations = listOperations(document).length;
  return { vendor: vendor.name, title: document.info.title, version: document.info.version, operations, evidence, search };
}

// The portal's longer paragraphs, in pieces so that no source line runs past the formatter's width.
const INTRO =
  "<p>callspec: hand-written OpenAPI 3.1 documents for five telephony and contact-center APIs, a typed TypeScript client for each, " +
  "and mocks that answer as the vendors do. Every page here works offline.</p>";
const INSTALL =
  "<p>Install a client: <code>npm install @callspec/kazoo</code> (or <code>@callspec/jambonz</code>, " +
  "<code>@callspec/genesys-gws</code>, <code>@callspec/jtel</code>, <code>@callspec/telphin</code>).</p>";
const START =
  "<p>Start a mock: <code>npx @callspec/mock kazoo</code> answers on <code>http://127.0.0.1:4011/v2</code> " +
  "(<code>npx @callspec/mock all</code> starts every vendor).</p>";
const EVIDENCE_NOTE =
  "<p>Each operation's and webhook's <code>x-evidence</code> (totals on the right include the webhooks): " +
  "recorded from a real server, read from the vendor's code, taken from its docs, or inferred (specs/README.md).</p>";
// The head of every Markdown page of the site (package READMEs, reliability).
const PAGE_META = '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">';
const PAGE_STYLE =
  "<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1b1f24}" +
  "table{border-collapse:collapse;width:100%;margin:1rem 0}" +
  "th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #d8dee4;vertical-align:top}code{font-size:.9em}</style>";

const downloads = (vendor: string) =>
  `<a href="${vendor}/openapi.yaml" download>openapi.yaml</a> · <a href="${vendor}/openapi.json" download>openapi.json</a>`;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderPortal(entries: SiteEntry[]): string {
  const rows = entries
    .map(
      (e) => `      <tr>
        <td><a href="${e.vendor}/index.html">${escapeHtml(e.title)}</a></td>
        <td><code>@callspec/${e.vendor}</code></td>
        <td>${escapeHtml(e.version)}</td>
        <td class="n">${e.operations}</td>
        <td>${downloads(e.vendor)}</td>
      </tr>`,
    )
    .join("\n");
  const packages = [...entries.map((e) => e.vendor), "mock", "core"]
    .map((name) => `<a href="packages/${name}.html"><code>@callspec/${name}</code></a>`)
    .join(" · ");
  const reliability =
    '<p><a href="reliability.html">How the clients behave when things go wrong</a>: the fault matrix, tested for every client. ' +
    `Package READMEs: ${packages}.</p>`;
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
    #search { width: 100%; font: inherit; padding: .5rem .75rem; box-sizing: border-box; }
    #hits { list-style: none; padding: 0; max-height: 24rem; overflow: auto; }
    #hits li { padding: .2rem 0; }
    .meta { color: #57606a; font-size: .9em; }
  </style>
</head>
<body>
  <h1>callspec API docs</h1>
  ${INTRO}
  ${INSTALL}
  ${START}
  ${reliability}
  <h2>Search every API</h2>
  <input id="search" type="search" placeholder="operationId, path, summary or schema name, e.g. createDevice or Calls" autocomplete="off">
  <p id="search-status" class="meta"></p>
  <ul id="hits"></ul>
  <h2>APIs</h2>
  <table>
    <thead><tr><th>API</th><th>Client package</th><th>API version</th><th>Operations</th><th>Download</th></tr></thead>
    <tbody>
${rows}
    </tbody>
  </table>
  <h2>How each operation is known</h2>
  ${EVIDENCE_NOTE}
  ${evidenceSvg(entries.map((e) => ({ vendor: e.vendor, counts: e.evidence })))}
  <script src="search-index.js"></script>
  <script src="search.js"></script>
</body>
</html>
`;
}

/** Just enough Markdown for docs/reliability.md: headings, paragraphs, lists, tables, `code`. */
export function markdownToHtml(markdown: string, title: string, back = "index.html"): string {
  const inline = (t: string) => escapeHtml(t).replace(/`([^`]+)`/g, "<code>$1</code>");
  const out: string[] = [];
  const lines = markdown.replace(/<!--[\s\S]*?-->\n?/g, "").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith("```")) {
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i]!.startsWith("```"); i++) code.push(lines[i]!);
      out.push(`<pre><code>${escapeHtml(code.join("\n"))}</code></pre>`);
    } else if (/^#{1,3} /.test(line)) {
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
      while (i + 1 < lines.length && lines[i + 1]!.trim() && !/^(#|\||- |```)/.test(lines[i + 1]!)) para.push(lines[++i]!);
      out.push(`<p>${inline(para.join(" "))}</p>`);
    }
  }
  return `<!doctype html>
<html lang="en"><head>${PAGE_META}<title>${escapeHtml(title)}</title>
${PAGE_STYLE}
</head><body><p><a href="${back}">← all APIs</a></p>
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
  writeFileSync(join(siteDir, "search-index.js"), searchIndexScript(entries.flatMap((e) => e.search)));
  writeFileSync(join(siteDir, "search.js"), SEARCH_SCRIPT);
  // Each package's README as a page of the site: the portal links them, offline.
  mkdirSync(join(siteDir, "packages"), { recursive: true });
  for (const name of [...vendors.map((v) => v.name), "mock", "core"]) {
    const readme = readFileSync(join(repoRoot, "packages", name, "README.md"), "utf8");
    writeFileSync(join(siteDir, "packages", `${name}.html`), markdownToHtml(readme, `@callspec/${name}`, "../index.html"));
  }
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
