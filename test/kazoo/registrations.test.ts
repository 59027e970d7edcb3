// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "listRegistrations",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/registrations", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.username).toEqual("user_abc123"),
  ),
  row(
    "flushRegistrations",
    200,
    () => kazoo().DELETE("/accounts/{ACCOUNT_ID}/registrations", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data).toEqual("ok"),
  ),
  row(
    "countRegistrations",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/registrations/count", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.count).toEqual(4),
  ),
  row(
    "flushRegistration",
    200,
    () => kazoo().DELETE("/accounts/{ACCOUNT_ID}/registrations/{USERNAME}", { params: { path: { ACCOUNT_ID, USERNAME: "user_abc123" } } }),
    (d) => expect(d?.data).toEqual("ok"),
  ),
]);
