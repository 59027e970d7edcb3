#!/usr/bin/env node
// npx @callspec/mock <vendor|all> [--port N] [--host H] [--no-errors] [--stateful] [--verbose]
import { parseArgs } from "node:util";
import { MockUsageError, isMockVendor, mockableVendors, startMock, type RunningMock } from "./index.js";

function usage(): string {
  const vendors = mockableVendors();
  return [
    "Usage: callspec-mock <vendor|all> [options]",
    "",
    "Serves a mock of a vendor's API under its real base path, from the bundled callspec spec.",
    "",
    "Vendors (fixed port):",
    ...vendors.map((v) => `  ${v.name.padEnd(12)} ${v.port}  ${v.title}, ${v.operations} operations`),
    "  all          every vendor, each on its fixed port, started side by side",
    "",
    "Options:",
    "  --port N     port of the mock (one vendor only; 0 picks a free port)",
    "  --host H     address to listen on (default 127.0.0.1)",
    "  --stateful   keep what requests create, change and delete, in memory (default: answer the examples)",
    "  --no-errors  answer without validating requests",
    "  --verbose    one log line per request",
    "  --help       this text",
  ].join("\n");
}

const parse = (argv: string[]) =>
  parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      "no-errors": { type: "boolean" },
      stateful: { type: "boolean" },
      verbose: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });

function parseOrExplain(argv: string[]) {
  try {
    return parse(argv);
  } catch (error) {
    // parseArgs' own sentence ("Unknown option '--prot'..."), then what is accepted.
    throw new MockUsageError(`${firstSentence((error as Error).message)}\n\n${usage()}`);
  }
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseOrExplain(argv);
  if (values.help) {
    console.log(usage());
    return;
  }
  const names = mockableVendors().map((v) => v.name);
  const [which] = positionals;
  if (!which || positionals.length > 1) throw new MockUsageError(`Name one vendor or "all".\n\n${usage()}`);
  if (which !== "all" && !isMockVendor(which)) throw new MockUsageError(`Unknown vendor "${which}".\n\n${usage()}`);
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!/^\d+$/.test(values.port!) || port > 65535))
    throw new MockUsageError(`--port must be a port number, not ${values.port}.\n\n${usage()}`);
  if (which === "all" && port !== undefined) throw new MockUsageError("--port applies to one vendor; `all` uses each vendor's fixed port.");
  const targets = which === "all" ? names : [which];
  const options = {
    port,
    host: values.host,
    errors: !values["no-errors"],
    stateful: values.stateful === true,
    onLog: values.verbose ? console.log : undefined,
  };
  const started = await Promise.allSettled(targets.map((name) => startMock(name, options)));
  const running = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  const failed = started.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failed) {
    await Promise.allSettled(running.map((m) => m.close()));
    throw failed.reason;
  }
  const stop = async () => {
    await Promise.allSettled(running.map((m: RunningMock) => m.close()));
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const mode = [values["no-errors"] ? "no validation" : "request validation on", values.stateful ? "stateful" : "examples"].join(", ");
  for (const mock of running) console.log(`${mock.vendor} mock: ${mock.url}  (${mock.operations.length} operations, ${mode})`);
  console.log("Ctrl-C stops it.");
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof MockUsageError ? `error: ${error.message}` : error);
  process.exitCode = 1;
});

/** "Unknown option '--prot'. To specify a positional..." → "Unknown option '--prot'." */
function firstSentence(message: string): string {
  const line = message.split("\n")[0]!;
  const end = line.indexOf(". ");
  return end === -1 ? line : line.slice(0, end + 1);
}
