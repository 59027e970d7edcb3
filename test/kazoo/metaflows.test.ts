// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "getMetaflows",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/metaflows", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.binding_digit).toEqual("*"),
  ),
  row(
    "updateMetaflows",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/metaflows", {
        params: { path: { ACCOUNT_ID } },
        body: {
          data: {
            binding_digit: "*",
            digit_timeout: 3000,
            patterns: { "2(\\d+)": { module: "transfer", data: { captures: ["no_match"], takeback_dtmf: "*1", transfer_type: "blind" } } },
          },
        },
      }),
    (d) => expect(d?.data?.patterns?.["2(\\d+)"]?.module).toEqual("transfer"),
  ),
  row(
    "deleteMetaflows",
    200,
    () => kazoo().DELETE("/accounts/{ACCOUNT_ID}/metaflows", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.status).toBe("success"),
  ),
]);
