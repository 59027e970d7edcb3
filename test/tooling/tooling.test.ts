import { execFile } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { binOf, toolEnv } from "../../scripts/lib/run.js";
import { repoRoot } from "../../scripts/lib/vendors.js";

/** Runs a Node CLI to its end without blocking the worker; a tool's cold start on a busy machine takes seconds. */
const run = (script: string, args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [script, ...args],
      { cwd: repoRoot, env: toolEnv, encoding: "utf8", timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = (error as { code?: unknown } | null)?.code;
        resolve({ status: error ? (typeof code === "number" ? code : null) : 0, stdout, stderr });
      },
    );
  });
// Longer than the child's own 60-second limit, so that a hung tool fails as the child's timeout, not the test's.
const SLOW = { timeout: 70_000 };

describe("redocly lint on a broken spec", () => {
  let result: Awaited<ReturnType<typeof run>>;
  let output = "";
  beforeAll(async () => {
    result = await run(binOf("@redocly/cli", "redocly"), [
      "lint",
      join("test", "tooling", "fixtures", "broken", "openapi.yaml"),
      "--format=codeframe",
    ]);
    output = result.stdout + result.stderr;
  }, SLOW.timeout);

  it("fails", () => expect(result.status).not.toBe(0));
  it("names the file and line of a broken $ref", () => {
    expect(output).toMatch(/Can't resolve \$ref/);
    expect(output).toMatch(/fixtures\/broken\/openapi\.yaml:26:\d+/);
  });
  it("names the file and line of an invalid example", () => {
    expect(output).toMatch(/fixtures\/broken\/openapi\.yaml:48:\d+ at .*example\/count/);
    expect(output).toMatch(/no-invalid-media-type-examples/);
  });
});

describe("pnpm mock with bad input", () => {
  const mock = binOf("tsx", "tsx");

  it("lists the valid vendor names for an unknown one, without a stack trace", SLOW, async () => {
    const result = await run(mock, ["scripts/mock.ts", "no-such-vendor"]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^error: Unknown vendor "no-such-vendor"\.\n/);
    for (const vendor of ["jambonz", "kazoo", "genesys-gws", "jtel", "telphin"])
      expect(result.stderr).toMatch(new RegExp(`\\n  ${vendor} +port \\d+`));
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("says which port is taken, without a stack trace", SLOW, async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const port = (holder.address() as { port: number }).port;
    try {
      const result = await run(mock, ["scripts/mock.ts", "jambonz", "--port", String(port)]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`error: Port ${port} on 127.0.0.1 is already in use`);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      holder.close();
    }
  });
});
