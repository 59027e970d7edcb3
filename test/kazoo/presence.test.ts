// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "listPresenceSubscriptions",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/presence", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d).toMatchObject({ data: { subscriptions: { "2001": { dialog: { "a1b2c3@203.0.113.10": { expires: 1820 } } } } } }),
  ),
  row(
    "updateAccountPresence",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/presence", {
        params: { path: { ACCOUNT_ID } },
        body: { data: { action: "set", state: "terminated" } },
      }),
    (d) => expect(d?.data).toEqual("command sent"),
  ),
  row(
    "getPresence",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/presence/{EXTENSION}", { params: { path: { ACCOUNT_ID, EXTENSION: "2001" } } }),
    (d) => expect(d).toMatchObject({ data: { subscriptions: { "2001": { dialog: { "a1b2c3@203.0.113.10": { expires: 1820 } } } } } }),
  ),
  row(
    "resetPresence",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/presence/{EXTENSION}", {
        params: { path: { ACCOUNT_ID, EXTENSION: "2001" } },
        body: { data: { action: "reset" } },
      }),
    (d) => expect(d?.data).toEqual("reset command sent for extension 2001"),
  ),
  row(
    "getPresenceReport",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/presence/report-{REPORT_ID}", {
        params: { path: { ACCOUNT_ID, REPORT_ID: "e98d2f001da5678b39482efbdf5770dc" } },
      }),
    (d) => expect(d).toMatchObject({ "2001": { dialog: {} } }),
  ),
]);
