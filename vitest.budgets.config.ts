import { defineConfig } from "vitest/config";

// The budgets stage of the test command (`vitest run --config vitest.budgets.config.ts`), after the package
// build: the type fixtures check against the published declarations in packages/*/dist. No mocks.
export default defineConfig({
  test: { name: "budgets", include: ["test/budgets.test.ts"] },
});
