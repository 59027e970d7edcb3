// `pnpm mock <vendor|all> [--port N] [--stateful] [--no-errors] [--verbose]`: a mock of one vendor (or each on its
// fixed port) under its real base path, until Ctrl-C.
import { parseArgs } from "node:util";
import { startMock } from "@callspec/mock";
import { reportFailure } from "./lib/run.js";
import { presentVendors, UsageError } from "./lib/vendors.js";

function usage(): string {
  return [
    "Usage: pnpm mock <vendor|all> [--port N] [--stateful] [--no-errors] [--verbose]",
    "",
    ...presentVendors().map((v) => `  ${v.name.padEnd(12)} port ${v.port}`),
    "  all          every vendor on its fixed port",
    "",
    "  --port N     another port (one vendor only; 0 picks a free one)",
    "  --stateful   keep what requests create, change and delete (default: answer the examples)",
    "  --no-errors  answer without validating requests",
    "  --verbose    one log line per request",
  ].join("\n");
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        port: { type: "string" },
        stateful: { type: "boolean" },
        "no-errors": { type: "boolean" },
        verbose: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    // parseArgs' own sentence ("Unknown option '--prot'"), then what is accepted.
    throw new UsageError(`${firstSentence((error as Error).message)}\n\n${usage()}`);
  }
}

async function main() {
  const { positionals, values } = parse();
  if (values.help) return console.log(usage());
  const vendors = presentVendors();
  const [which] = positionals;
  if (!which || positionals.length > 1) throw new UsageError(`Name one vendor or "all".\n\n${usage()}`);
  const targets = which === "all" ? vendors : vendors.filter((v) => v.name === which);
  if (targets.length === 0) throw new UsageError(`Unknown vendor "${which}".\n\n${usage()}`);
  if (values.port !== undefined && (which === "all" || !/^\d+$/.test(values.port) || Number(values.port) > 65535))
    throw new UsageError(`--port takes a port number and one vendor, not ${which} --port ${values.port}.\n\n${usage()}`);
  const started = await Promise.allSettled(
    targets.map((vendor) =>
      startMock(vendor.name, {
        port: values.port === undefined ? vendor.port : Number(values.port),
        stateful: values.stateful === true,
        errors: !values["no-errors"],
        onLog: values.verbose ? (line) => console.log(line) : undefined,
      }),
    ),
  );
  const mocks = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  const failed = started.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failed) {
    await Promise.allSettled(mocks.map((m) => m.close()));
    throw failed.reason;
  }
  const mode = `${values["no-errors"] ? "no validation" : "request validation on"}, ${values.stateful ? "stateful" : "examples"}`;
  for (const mock of mocks) console.log(`${mock.vendor} mock: ${mock.url}  (${mock.operations.length} operations, ${mode})`);
  console.log("Ctrl-C stops it.");
  const stop = async () => {
    await Promise.allSettled(mocks.map((m) => m.close()));
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch(reportFailure);

/** "Unknown option '--prot'. To specify a positional..." → "Unknown option '--prot'." */
function firstSentence(message: string): string {
  const line = message.split("\n")[0]!;
  const end = line.indexOf(". ");
  return end === -1 ? line : line.slice(0, end + 1);
}
