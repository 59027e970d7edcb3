// `pnpm mock <vendor> [--port N]`: a Prism mock of one vendor under its real base path, until Ctrl-C.
import { parseArgs } from "node:util";
import { startMock } from "@callspec/mock";
import { reportFailure } from "./lib/run.js";
import { UsageError, vendorByName } from "./lib/vendors.js";

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { port: { type: "string" }, verbose: { type: "boolean" } },
  });
  if (positionals.length > 1) throw new UsageError(`Name one vendor, got ${positionals.join(" ")}.`);
  const vendor = vendorByName(positionals[0]);
  const port = values.port === undefined ? vendor.port : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not ${values.port}.`);
  const mock = await startMock(vendor.name, { port, onLog: values.verbose ? (line) => console.log(line) : undefined });
  console.log(`${vendor.name} mock: ${mock.url}  (${mock.operations.length} operations, request validation on; Ctrl-C stops it)`);
  const stop = async () => {
    await mock.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch(reportFailure);
