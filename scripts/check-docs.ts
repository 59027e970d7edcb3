// Opens the built site in headless Chromium (Debian's, no download): every page loads with no console error
// and no failed request, over http and from disk, and an operation can be opened.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Page } from "playwright-core";
import { reportFailure } from "./lib/run.js";
import { serveSite } from "./lib/site-server.js";
import { presentVendors, repoRoot, UsageError } from "./lib/vendors.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Reports every console error and failed request of `page` until the returned function is called. */
function watchProblems(page: Page, where: (what: string) => void): () => void {
  const onConsole = (m: { type(): string; text(): string }) => m.type() === "error" && where(`console error: ${m.text()}`);
  const onFailed = (r: { url(): string; failure(): { errorText: string } | null }) =>
    where(`request failed: ${r.url().slice(0, 120)} (${r.failure()?.errorText})`);
  page.on("console", onConsole);
  page.on("requestfailed", onFailed);
  return () => {
    page.off("console", onConsole);
    page.off("requestfailed", onFailed);
  };
}

async function visit(page: Page, url: string, problems: string[]): Promise<void> {
  const where = (what: string) => problems.push(`${url}: ${what}`);
  const stopWatching = watchProblems(page, where);
  try {
    const response = await page.goto(url, { waitUntil: "load" });
    if (response && !response.ok()) where(`HTTP ${response.status()}`);
    await page.waitForTimeout(300);
  } finally {
    stopWatching();
  }
}

async function openAnOperation(page: Page, url: string, problems: string[]): Promise<void> {
  await visit(page, url, problems);
  try {
    // Redoc links each operation as #/<tag>/<operationid>; follow the first one and expect its section shown.
    const link = page.locator('a[href^="#/"][href*="/"]').filter({ hasText: /\S/ }).nth(1);
    await link.waitFor({ timeout: 10_000 });
    const href = (await link.getAttribute("href")) ?? "";
    await link.click();
    await page.waitForFunction((h) => location.hash === h, href, { timeout: 5_000 });
    const heading = page.locator("h2").filter({ hasText: /\S/ }).first();
    await heading.waitFor({ state: "visible", timeout: 5_000 });
  } catch (error) {
    problems.push(`${url}: could not open an operation from the navigation (${(error as Error).message.split("\n")[0]})`);
  }
}

/**
 * The portal's search: a query for another vendor's operation finds it, and its link opens that operation with
 * its code sample and evidence line in view. Returns the time from typing to the first hit.
 */
async function searchAcrossVendors(page: Page, portal: string, problems: string[]): Promise<number> {
  const where = (what: string) => problems.push(`${portal}: ${what}`);
  await visit(page, portal, problems);
  const started = Date.now();
  await page.fill("#search", "listAcdEvents");
  const hit = page.locator("#hits a.hit").first();
  try {
    await hit.waitFor({ timeout: 5_000 });
  } catch {
    where("the search for listAcdEvents found nothing");
    return Number.NaN;
  }
  const elapsed = Date.now() - started;
  const href = (await hit.getAttribute("href")) ?? "";
  if (!href.startsWith("jtel/index.html#/")) where(`the listAcdEvents hit links ${href}, not the jtel page`);
  const stopWatching = watchProblems(page, where);
  try {
    await hit.click();
    await page.waitForURL(/\/jtel\/index\.html#\/acdevents\/listacdevents$/, { timeout: 10_000 });
    // Redoc shows the operation: its summary as a heading, its evidence line and its curl sample.
    await page.getByRole("heading", { name: "List AcdEvents" }).first().waitFor({ state: "visible", timeout: 10_000 });
    await page.getByText("Evidence: documented").first().waitFor({ state: "visible", timeout: 5_000 });
    await page.getByText('await jtel.GET("/acd/events")').first().waitFor({ state: "visible", timeout: 5_000 });
  } catch (error) {
    where(`the search hit did not open listAcdEvents with its evidence and sample (${(error as Error).message.split("\n")[0]})`);
  } finally {
    stopWatching();
  }
  return elapsed;
}

/** The evidence picture on the portal page already open: a bar per vendor, every segment drawn with a size. */
async function evidencePicture(page: Page, portal: string, vendors: number, problems: string[]): Promise<void> {
  const box = await page.locator("svg#evidence").boundingBox();
  if (!box || box.width < 100 || box.height < 20 * vendors)
    problems.push(`${portal}: the evidence picture is not drawn (${JSON.stringify(box)})`);
  const segments = await page
    .locator("svg#evidence rect.segment")
    .evaluateAll((rects) => rects.map((r) => (r as SVGGraphicsElement).getBBox().width));
  if (segments.length < vendors || segments.some((w) => !(w > 0)))
    problems.push(`${portal}: evidence segments ${JSON.stringify(segments)}`);
}

/** Chromium comes from Debian, never from an npm download. As root with apt-get, install it; otherwise say how. */
function installChromium(): void {
  const how = `Install Debian's Chromium: \`apt-get install -y chromium\` (or set CHROMIUM_PATH to a Chromium binary).`;
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) throw new UsageError(`No Chromium at ${CHROMIUM}. ${how}`);
  console.log(`No Chromium at ${CHROMIUM}: installing Debian's package (apt-get install -y chromium)…`);
  const apt = (...args: string[]) =>
    spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status;
  if (apt("install", "-y", "-q", "chromium") !== 0 && (apt("update", "-q") !== 0 || apt("install", "-y", "-q", "chromium") !== 0)) {
    throw new UsageError(`Installing Chromium failed. ${how}`);
  }
  if (!existsSync(CHROMIUM)) throw new UsageError(`Chromium is still not at ${CHROMIUM}. ${how}`);
}

async function main() {
  if (!existsSync(CHROMIUM)) installChromium();
  if (!existsSync(join(repoRoot, "site", "index.html"))) throw new UsageError("No site/ yet: run `pnpm run docs` first.");
  const server = await serveSite(0, "127.0.0.1");
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const problems: string[] = [];
  const timings: string[] = [];
  try {
    const page = await browser.newPage();
    // Nothing may reach past loopback or disk: the site must work with no internet.
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort("internetdisconnected"));
    await visit(page, `${origin}/`, problems);
    const links = await page.locator("tbody a[href$='index.html']").count();
    const vendors = presentVendors();
    if (links !== vendors.length) problems.push(`portal links ${links} vendor pages, expected ${vendors.length}`);
    await evidencePicture(page, `${origin}/`, vendors.length, problems);
    const firstHit = await searchAcrossVendors(page, `${origin}/`, problems);
    await searchAcrossVendors(page, pathToFileURL(join(repoRoot, "site", "index.html")).href, problems);
    for (const name of [...vendors.map((v) => v.name), "mock", "core"]) await visit(page, `${origin}/packages/${name}.html`, problems);
    timings.push(`search to first hit ${firstHit} ms`);
    await visit(page, `${origin}/reliability.html`, problems);
    if ((await page.locator("table").count()) === 0) problems.push("reliability.html shows no fault table");
    for (const vendor of vendors) {
      await openAnOperation(page, `${origin}/${vendor.name}/index.html`, problems);
      await visit(page, pathToFileURL(join(repoRoot, "site", vendor.name, "index.html")).href, problems);
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (problems.length) {
    console.error(`The docs site has problems in a browser:\n  ${problems.join("\n  ")}`);
    process.exitCode = 1;
  } else
    console.log(
      "docs site: every page loads offline with no console error or failed request; operations open; " +
        `the portal search opens another vendor's operation with its sample and evidence (${timings.join(", ")})`,
    );
}

main().catch(reportFailure);
