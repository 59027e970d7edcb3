// Lints every present vendor's spec with the root redocly.yaml (recommended-strict: a warning fails too).
import { redoclyBin, reportFailure, runNode } from "./lib/run.js";
import { presentVendors, vendorByName } from "./lib/vendors.js";

async function main() {
  const asked = process.argv.slice(2);
  const vendors = asked.length ? asked.map(vendorByName) : presentVendors();
  const code = await runNode(redoclyBin(), ["lint", ...vendors.map((v) => v.name)], { quietBanner: true });
  if (code !== 0) process.exitCode = code;
}

main().catch(reportFailure);
