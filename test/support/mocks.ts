import { inject } from "vitest";
import type { MockInfo } from "../setup/prism.js";

/** The running Prism mock of a vendor (started by test/setup/prism.ts). */
export function mockOf(vendor: string): MockInfo {
  const mock = inject("mocks")[vendor];
  if (!mock) throw new Error(`No mock for ${vendor}: is specs/${vendor}/openapi.yaml present?`);
  return mock;
}

/** Runs `fn` and returns what it threw, failing the test when it does not throw. */
export async function caught(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw, but it returned");
}

/** Runs `fn` and returns what it threw, failing the test when it does not throw. */
export function caughtSync(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw, but it returned");
}
