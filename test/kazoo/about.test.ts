// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "getAbout",
    200,
    () => kazoo().GET("/about", {}),
    (d) => expect(d?.data?.version).toEqual("4.3.142"),
  ),
  row(
    "getAccountAbout",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/about", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.erlang_version).toEqual("19"),
  ),
]);
