import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const packages = fileURLToPath(new URL("./packages/", import.meta.url));

// The budgets stage of the test command (`vitest run --config vitest.budgets.config.ts`), after the package
// build: the type fixtures and the docs' code samples check against the published declarations in packages/*/dist
// (the alias only serves the scripts these tests import, as tsconfig.json's `paths` does). No mocks.
export default defineConfig({
  resolve: { alias: [{ find: /^@callspec\/([\w-]+)$/, replacement: `${packages}$1/src/index.ts` }] },
  test: { name: "budgets", include: ["test/budgets.test.ts", "test/**/*.dist.test.ts"] },
});
