import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The fault suites first: they spend seconds waiting on timers (Retry-After, time limits), so they should not
 * be the last files left on a fresh clone, where vitest has no durations yet to order files by.
 */
class FaultSuitesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const slow = (file: TestSpecification) => /[\\/]faults\.test\.ts$/.test(file.moduleId);
    return [...sorted.filter(slow), ...sorted.filter((file) => !slow(file))];
  }
}

const packages = fileURLToPath(new URL("./packages/", import.meta.url));
// Tests run against the sources, as tsconfig.json's `paths` does for the type-check.
const resolve = { alias: [{ find: /^@callspec\/([\w-]+)$/, replacement: `${packages}$1/src/index.ts` }] };

export default defineConfig({
  resolve,
  test: {
    // Most of the time a test waits on a mock, a socket or a timer, not on the CPU: four workers keep two
    // cores busy (vitest's default here, cores - 1, is a single worker).
    maxWorkers: 4,
    sequence: { sequencer: FaultSuitesFirst },
    // Once for the whole run: one Prism mock per vendor spec, shared by every project below.
    globalSetup: ["./test/setup/prism.ts"],
    projects: [
      { resolve, test: { name: "core", include: ["test/core/**/*.test.ts"] } },
      {
        resolve,
        // Not isolated: the vendor test files share one module graph per worker (145 s -> 75 s of a 2-core
        // run); they keep no global state, and each creates its own clients.
        test: {
          name: "vendors",
          isolate: false,
          include: ["test/*/**/*.test.ts", "test/spec-versions.test.ts"],
          // *.dist.test.ts need the built packages: the budgets stage runs them (vitest.budgets.config.ts).
          exclude: ["test/core/**", "test/**/*.dist.test.ts", "test/docs/curl.test.ts"],
          sequence: { groupOrder: 0 },
        },
      },
      // Runs after every vendor test: reads which operations the mocks saw.
      { resolve, test: { name: "coverage", include: ["test/coverage.test.ts"], sequence: { groupOrder: 1 } } },
      // After the coverage count: the docs' curl samples replay against the same mocks without hiding an untested
      // operation.
      { resolve, test: { name: "docs samples", include: ["test/docs/curl.test.ts"], sequence: { groupOrder: 2 } } },
    ],
  },
});
