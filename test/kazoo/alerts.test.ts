// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "listAlerts",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/alerts", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.title).toEqual("Scheduled maintenance"),
  ),
  row(
    "createAlert",
    201,
    () =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/alerts", {
        params: { path: { ACCOUNT_ID } },
        body: {
          data: {
            title: "Scheduled maintenance",
            message: "Calls may drop briefly on Sunday 02:00 UTC.",
            category: "maintenance",
            level: "info",
            from: [{ type: "account", value: "4b31dd1d32ce6d249897c06332375d65" }],
            to: [{ type: "account", value: "4b31dd1d32ce6d249897c06332375d65" }],
            expiration_date: 63837187200,
          },
        },
      }),
    (d) => expect(d?.data?.level).toEqual("info"),
  ),
  row(
    "getAlert",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/alerts/{ALERT_ID}", {
        params: { path: { ACCOUNT_ID, ALERT_ID: "7ed21143076d0cca420653d4345baa2f" } },
      }),
    (d) => expect(d?.data?.category).toEqual("maintenance"),
  ),
  row(
    "deleteAlert",
    200,
    () =>
      kazoo().DELETE("/accounts/{ACCOUNT_ID}/alerts/{ALERT_ID}", {
        params: { path: { ACCOUNT_ID, ALERT_ID: "7ed21143076d0cca420653d4345baa2f" } },
      }),
    (d) => expect(d?.data?.id).toEqual("7ed21143076d0cca420653d4345baa2f"),
  ),
]);
