// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "listParkedCalls",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/parked_calls", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.slots?.[1]?.call_id).toEqual("c2f3b8a0-4f1e-11ee-be56-0242ac120002"),
  ),
]);
