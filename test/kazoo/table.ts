import { describe, expect, it } from "vitest";

/** One table row: an operation, the status the mock must answer, the typed call and what to check in its answer. */
export interface Row {
  op: string;
  status: number;
  run: () => Promise<void>;
}

/**
 * A row whose `check` is typed by the call's own answer: `T` is inferred from `call`, so a check that
 * reads a field the spec does not declare fails to compile.
 */
export function row<T>(
  op: string,
  status: number,
  call: () => Promise<{ data?: T; response: Response }>,
  check: (data: T | undefined, response: Response) => void,
): Row {
  return {
    op,
    status,
    run: async () => {
      const { data, response } = await call();
      expect(response.status).toBe(status);
      check(data, response);
    },
  };
}

/** One describe per operation, as the other test files have. */
export function describeRows(rows: Row[]): void {
  for (const r of rows) {
    describe(r.op, () => {
      it(`answers ${r.status} with the documented shape`, r.run);
    });
  }
}
