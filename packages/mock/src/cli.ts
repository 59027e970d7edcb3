#!/usr/bin/env node
// npx @callspec/mock <vendor|all> [--port N] [--host H] [--no-errors]
import { parseArgs } from "node:util";
import { MockUsageError, mockableVendors, startMock, type RunningMock } from "./index.js";

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { port: { type: "string" }, host: { type: "string" }, "no-errors": { type: "boolean" }, verbose: { type: "boolean" } },
  });
  const names = mockableVendors().map((v) => v.name);
  const [which] = positionals;
  if (!which || positionals.length > 1) throw new MockUsageError(`Name one vendor or "all". Valid names: ${names.join(", ")}.`);
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535))
    throw new MockUsageError(`--port must be a port number, not ${values.port}.`);
  if (which === "all" && port !== undefined) throw new MockUsageError("--port applies to one vendor; `all` uses each vendor's fixed port.");
  const targets = which === "all" ? names : [which];
  const running: RunningMock[] = [];
  const stop = async () => {
    await Promise.allSettled(running.map((m) => m.close()));
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    for (const name of targets) {
      const mock = await startMock(name, {
        port,
        host: values.host,
        errors: !values["no-errors"],
        onLog: values.verbose ? console.log : undefined,
      });
      running.push(mock);
      console.log(
        `${name} mock: ${mock.url}  (${mock.operations.length} operations${values["no-errors"] ? "" : ", request validation on"})`,
      );
    }
  } catch (error) {
    await Promise.allSettled(running.map((m) => m.close()));
    throw error;
  }
  console.log("Ctrl-C stops it.");
}

main().catch((error: unknown) => {
  console.error(error instanceof MockUsageError ? `error: ${error.message}` : error);
  process.exitCode = 1;
});
