// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "getLimits",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/limits", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.inbound_trunks).toEqual(11),
  ),
  row(
    "updateLimits",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/limits", {
        params: { path: { ACCOUNT_ID } },
        body: { data: { inbound_trunks: 11, outbound_trunks: 5, twoway_trunks: 0 } },
      }),
    (d) => expect(d?.data?.outbound_trunks).toEqual(5),
  ),
]);
