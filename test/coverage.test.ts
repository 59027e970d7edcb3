import { describe, expect, it } from "vitest";
import { mockOf } from "./support/mocks.js";
import { presentVendors } from "../scripts/lib/vendors.js";

interface Seen {
  operationId: string;
  method: string;
  path: string;
  statuses: number[];
}

// Runs after every vendor test (vitest groupOrder 1): each operation of each spec must have been called
// through its client and answered with a success status by the mock, request validation on.
describe.each(presentVendors().map((v) => v.name))("%s operations", (vendor) => {
  it("are each exercised by a test that got a 2xx from the mock", async () => {
    const mock = mockOf(vendor);
    const seen = (await (await fetch(`${mock.origin}/__callspec/seen`)).json()) as Seen[];
    const succeeded = new Set(seen.filter((s) => s.statuses.some((code) => code >= 200 && code < 300)).map((s) => s.operationId));
    const untested = mock.operations
      .filter((op) => !succeeded.has(op.operationId))
      .map((op) => `${op.operationId} (${op.method} ${op.path})`);
    expect(mock.operations.length).toBeGreaterThan(0);
    expect(untested, `operations with no successful test call`).toEqual([]);
  });
});
