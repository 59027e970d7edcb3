// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "listHotdesks",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/hotdesks", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.value?.device_name).toEqual("Reception phone"),
  ),
]);
