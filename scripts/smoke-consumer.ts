// Packs every package, installs the tarballs into a fresh project outside the workspace (no links), checks
// each tarball with attw (in process), type-checks a consumer program against the installed packages and runs it against
// a mock started by the installed @callspec/mock.
import { checkPackage, createPackageFromTarballData } from "@arethetypeswrong/core";
import { execFile } from "node:child_process";
import { transformSync } from "esbuild";
import { promisify } from "node:util";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { binOf, reportFailure } from "./lib/run.js";
import { presentVendors, repoRoot } from "./lib/vendors.js";

const shEnv = { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" };
const shAsync = async (cmd: string, args: string[], cwd: string) =>
  (await promisify(execFile)(cmd, args, { cwd, encoding: "utf8", env: shEnv })).stdout;
/** pnpm itself: the one running this script, else the version the workspace pins. */
const pnpm = async (args: string[], cwd: string) => {
  const self = process.env.npm_execpath;
  if (self?.includes("pnpm")) return shAsync(process.execPath, [self, ...args], cwd);
  return shAsync("npx", ["-y", "pnpm@10.34.9", ...args], cwd);
};
const started = performance.now();
/** Prints how long the smoke has run when a step ends, so that a slow step shows in the test output. */
const mark = (step: string) => console.log(`  ${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s  ${step}`);

/**
 * What `attw --profile esm-only` reports for a packed tarball: every problem of @arethetypeswrong/core's
 * analysis except under the node10 and node16-from-CJS resolutions (these packages are ESM only), and a
 * package with no types at all.
 */
async function attwProblems(tarball: string): Promise<string[]> {
  const analysis = await checkPackage(createPackageFromTarballData(new Uint8Array(readFileSync(tarball))));
  if (!analysis.types) return ["ships no types"];
  const ignored = new Set(["node10", "node16-cjs"]);
  return analysis.problems
    .filter((problem) => !("resolutionKind" in problem) || !ignored.has(problem.resolutionKind))
    .map((problem) => {
      const where = [
        "entrypoint" in problem ? problem.entrypoint : undefined,
        "resolutionKind" in problem ? problem.resolutionKind : undefined,
      ]
        .filter(Boolean)
        .join(", ");
      return `${problem.kind}${where ? ` (${where})` : ""}`;
    });
}

/** Each package of the workspace, with the tarball `pnpm pack` names after it (`@a/b` 1.0.0 -> a-b-1.0.0.tgz). */
function packages(): { name: string; tarball: string }[] {
  return readdirSync(join(repoRoot, "packages"))
    .map((d) => join(repoRoot, "packages", d, "package.json"))
    .filter((manifest) => existsSync(manifest))
    .map((manifest) => {
      const { name, version } = JSON.parse(readFileSync(manifest, "utf8")) as { name: string; version: string };
      return { name, tarball: `${name.replace(/^@/, "").replace("/", "-")}-${version}.tgz` };
    });
}

/**
 * One typed call per vendor, each against that vendor's mock started from the installed @callspec/mock:
 * a value from the answer is checked, so a broken package, type or mock fails here.
 */
const CALLS: Record<string, { imports: string; body: string }> = {
  jambonz: {
    imports: `import { createJambonzClient, JambonzError } from "@callspec/jambonz";`,
    body: `const jambonz = createJambonzClient({ baseUrl: mock.url, apiKey: "consumer-smoke-key" });
  const { data } = await jambonz.GET("/Accounts");
  const name: string | undefined = data?.[0]?.name;
  if (!name) throw new Error("no account name from the jambonz mock");
  try {
    await jambonz.GET("/Accounts/{AccountSid}", { params: { path: { AccountSid: "not-a-uuid" } } });
    throw new Error("the mock accepted a malformed sid");
  } catch (error) {
    if (!(error instanceof JambonzError) || error.status !== 400) throw error;
  }
  return name;`,
  },
  kazoo: {
    imports: `import { createKazooClient } from "@callspec/kazoo";`,
    body: `const kazoo = createKazooClient({ baseUrl: mock.url, auth: { token: "consumer-smoke-token" } });
  const { data } = await kazoo.GET("/about");
  const version: string | undefined = data?.data?.version;
  if (!version) throw new Error("no version from the kazoo mock");
  return version;`,
  },
  "genesys-gws": {
    imports: `import { createGenesysClient } from "@callspec/genesys-gws";`,
    body: `const gws = createGenesysClient({ baseUrl: mock.url, username: "consumer", password: "consumer-smoke-password" });
  const { data } = await gws.GET("/diagnostics/version");
  const version: string | undefined = data?.version;
  if (!version) throw new Error("no version from the genesys-gws mock");
  return version;`,
  },
  jtel: {
    imports: `import { createJtelClient, records } from "@callspec/jtel";`,
    body: `const jtel = createJtelClient({ baseUrl: mock.origin, clientsId: 1001, token: "consumer-smoke-token" });
  const groups = records(await jtel.GET("/acd/groups"));
  const seconds: number | null | undefined = groups[0]?.ServiceLevelSeconds;
  if (typeof seconds !== "number") throw new Error("no ACD group from the jtel mock");
  return String(seconds);`,
  },
  telphin: {
    imports: `import { createTelphinClient } from "@callspec/telphin";`,
    body: `const telphin = createTelphinClient({ baseUrl: mock.url, token: "consumer-smoke-token" });
  const { data } = await telphin.GET("/user/");
  const login: string | undefined = data?.login;
  if (!login) throw new Error("no user from the telphin mock");
  return login;`,
  },
};

function consumerProgram(vendors: string[]): string {
  const missing = vendors.filter((v) => !CALLS[v]);
  if (missing.length) throw new Error(`scripts/smoke-consumer.ts has no consumer call for: ${missing.join(", ")}`);
  const calls = vendors.map(
    (v) => `  withMock(${JSON.stringify(v)}, async (mock) => {
  ${CALLS[v]!.body}
  }).then((value): [string, string] => [${JSON.stringify(v)}, value]),`,
  );
  return `import { startMock, type MockVendor, type RunningMock } from "@callspec/mock";
${vendors.map((v) => CALLS[v]!.imports).join("\n")}

async function withMock(vendor: MockVendor, use: (mock: RunningMock) => Promise<string>): Promise<string> {
  const mock = await startMock(vendor, { port: 0 });
  try {
    return await use(mock);
  } finally {
    await mock.close();
  }
}

// Every vendor's mock at once, each on a port of its own.
const results = await Promise.all([
${calls.join("\n")}
]);
console.log("consumer ok:", results.map(([vendor, value]) => \`\${vendor} (\${value})\`).join(", "));
`;
}

async function main() {
  const tarballs = join(repoRoot, ".cache", "tarballs");
  rmSync(tarballs, { recursive: true, force: true });
  mkdirSync(tarballs, { recursive: true });
  // One pnpm for every package (eight `pnpm pack` runs took 7 s, this about 2): pnpm pack turns `workspace:*`
  // into real versions, as publishing does.
  await pnpm(["--recursive", "--filter", "./packages/*", "pack", "--pack-destination", tarballs, "--workspace-concurrency", "4"], repoRoot);
  const files = readdirSync(tarballs).filter((f) => f.endsWith(".tgz"));
  const packed = packages();
  const missing = packed.filter((pkg) => !files.includes(pkg.tarball));
  if (missing.length || files.length !== packed.length) {
    throw new Error(
      `pnpm pack wrote ${files.join(", ") || "nothing"}; expected one tarball per package` +
        `${missing.length ? `, none for ${missing.map((pkg) => pkg.name).join(", ")}` : ""}`,
    );
  }
  mark(`packed ${files.join(", ")}`);

  // attw over each tarball while pnpm installs them below: in this process, so that its TypeScript loads once.
  const checked = (async () => {
    for (const file of packed
      .filter((pkg) => pkg.name !== "@callspec/specs")
      .map((pkg) => pkg.tarball)
      .sort()) {
      const problems = await attwProblems(join(tarballs, file));
      if (problems.length) throw new Error(`attw found problems in ${file} (esm-only profile):\n  ${problems.join("\n  ")}`);
      mark(`attw ${file}: no problems (esm-only profile)`);
    }
  })();
  checked.catch(() => undefined);

  const project = mkdtempSync(join(tmpdir(), "callspec-consumer-"));
  try {
    const vendors = presentVendors()
      .map((v) => v.name)
      .filter((v) => packed.some((pkg) => pkg.name === `@callspec/${v}`));
    const deps = Object.fromEntries(packed.map((pkg) => [pkg.name, `file:${join(tarballs, pkg.tarball)}`]));
    // Overrides: a package's own @callspec dependencies resolve to the tarballs too, never to the registry.
    writeFileSync(
      join(project, "package.json"),
      JSON.stringify({ name: "consumer", private: true, type: "module", dependencies: deps, pnpm: { overrides: deps } }, null, 2),
    );
    // pnpm's strict node_modules: a package sees only what it declares, so an undeclared dependency fails here
    // (npm's hoisting would hide it). The store filled by the workspace install serves the registry packages.
    await pnpm(["install", "--ignore-workspace", "--prefer-offline", "--reporter=silent"], project);
    mark("installed the tarballs into a fresh project (pnpm, no workspace)");
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          skipLibCheck: false,
          noEmit: true,
          types: [],
          lib: ["ES2022", "DOM"],
        },
        include: ["main.ts"],
      }),
    );
    const source = consumerProgram(vendors);
    writeFileSync(join(project, "main.ts"), source);
    // The type-check (a type error fails it) and the run go side by side: Node 20 cannot run TypeScript, so the
    // run takes the program with its types stripped by esbuild.
    const typecheck = shAsync(process.execPath, [binOf("typescript", "tsc"), "-p", project], project).then(
      () => mark("type-checked the consumer program against the installed packages"),
      (error: { stdout?: string }) => {
        throw new Error(`the consumer program does not type-check against the packed packages:\n${error.stdout ?? error}`);
      },
    );
    writeFileSync(join(project, "main.mjs"), transformSync(source, { loader: "ts", format: "esm", target: "node20" }).code);
    const run = shAsync(process.execPath, [join(project, "main.mjs")], project).then((output) => {
      process.stdout.write(output);
      if (!output.includes("consumer ok:")) throw new Error("the consumer program did not finish");
      mark("ran the consumer program against the mocks of the installed @callspec/mock");
    });
    const outcomes = await Promise.allSettled([checked, typecheck, run]);
    const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected");
    if (failure) throw failure.reason;
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

main().catch(reportFailure);
