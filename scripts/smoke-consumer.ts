// Packs every package, installs the tarballs into a fresh project outside the workspace (no links), checks
// each tarball with attw, type-checks a consumer program against the installed packages and runs it against
// a mock started by the installed @callspec/mock.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { binOf, reportFailure } from "./lib/run.js";
import { presentVendors, repoRoot } from "./lib/vendors.js";

const sh = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", env: { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" } });

function packages(): { dir: string; name: string }[] {
  return readdirSync(join(repoRoot, "packages"))
    .map((d) => join(repoRoot, "packages", d))
    .filter((d) => existsSync(join(d, "package.json")))
    .map((dir) => ({ dir, name: (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string }).name }));
}

async function main() {
  const tarballs = join(repoRoot, ".cache", "tarballs");
  rmSync(tarballs, { recursive: true, force: true });
  mkdirSync(tarballs, { recursive: true });
  const pnpm = process.env.npm_execpath;
  for (const pkg of packages()) {
    // pnpm pack turns `workspace:*` into real versions, as publishing does.
    if (pnpm && pnpm.includes("pnpm")) sh(process.execPath, [pnpm, "pack", "--pack-destination", tarballs], pkg.dir);
    else sh("npx", ["-y", "pnpm@10.34.9", "pack", "--pack-destination", tarballs], pkg.dir);
  }
  const files = readdirSync(tarballs).filter((f) => f.endsWith(".tgz"));
  console.log(`packed ${files.join(", ")}`);

  const attw = binOf("@arethetypeswrong/cli", "attw");
  for (const file of files.filter((f) => !f.startsWith("callspec-specs"))) {
    try {
      sh(process.execPath, [attw, join(tarballs, file), "--profile", "esm-only", "--format", "table-flipped"], repoRoot);
      console.log(`attw ${file}: no problems (esm-only profile)`);
    } catch (error) {
      throw new Error(`attw found problems in ${file}:\n${(error as { stdout?: string }).stdout}`);
    }
  }

  const project = mkdtempSync(join(tmpdir(), "callspec-consumer-"));
  try {
    const vendors = presentVendors().map((v) => v.name).filter((v) => files.some((f) => f.startsWith(`callspec-${v}-`)));
    const deps = Object.fromEntries(files.map((f) => [`@callspec/${f.replace(/^callspec-/, "").replace(/-\d+\.\d+\.\d+\.tgz$/, "")}`, `file:${join(tarballs, f)}`]));
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module", dependencies: deps, overrides: Object.fromEntries(Object.entries(deps)) }, null, 2));
    sh("npm", ["install", "--no-package-lock", "--prefer-offline", "--loglevel=error"], project);
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, skipLibCheck: false, noEmit: true, types: [], lib: ["ES2022", "DOM"] }, include: ["main.ts"] }),
    );
    writeFileSync(
      join(project, "main.ts"),
      `import { startMock } from "@callspec/mock";
import { createJambonzClient, JambonzError } from "@callspec/jambonz";

const mock = await startMock("jambonz", { port: 0 });
try {
  const jambonz = createJambonzClient({ baseUrl: mock.url, apiKey: "consumer-smoke-key" });
  const { data } = await jambonz.GET("/Accounts");
  const name: string | undefined = data?.[0]?.name;
  if (!name) throw new Error("no account name from the mock");
  try {
    await jambonz.GET("/Accounts/{AccountSid}", { params: { path: { AccountSid: "not-a-uuid" } } });
    throw new Error("the mock accepted a malformed sid");
  } catch (error) {
    if (!(error instanceof JambonzError) || error.status !== 400) throw error;
  }
  console.log("consumer ok:", name, "| vendors:", ${JSON.stringify(vendors.join(","))});
} finally {
  await mock.close();
}
`,
    );
    execFileSync(process.execPath, [binOf("typescript", "tsc"), "-p", project], { stdio: "inherit" });
    // Node 20 cannot run TypeScript: strip the types with the compiler itself, into plain ESM.
    execFileSync(process.execPath, [binOf("typescript", "tsc"), "-p", project, "--noEmit", "false", "--outDir", join(project, "out")], { stdio: "inherit" });
    const output = sh(process.execPath, [join(project, "out", "main.js")], project);
    process.stdout.write(output);
    if (!output.includes("consumer ok:")) throw new Error("the consumer program did not finish");
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

main().catch(reportFailure);
