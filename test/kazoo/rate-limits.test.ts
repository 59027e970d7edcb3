// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "getRateLimits",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/rate_limits", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.account?.per_second?.invites).toEqual(5),
  ),
  row(
    "updateRateLimits",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/rate_limits", {
        params: { path: { ACCOUNT_ID } },
        body: {
          data: {
            account: {
              per_minute: { registrations: 100, invites: 100, total_packets: 1000 },
              per_second: { registrations: 5, invites: 5, total_packets: 20 },
            },
            device: {
              per_minute: { registrations: 10, invites: 10, total_packets: 100 },
              per_second: { registrations: 2, invites: 4, total_packets: 10 },
            },
          },
        },
      }),
    (d) => expect(d?.data?.device?.per_minute?.total_packets).toEqual(100),
  ),
  row(
    "deleteRateLimits",
    200,
    () => kazoo().DELETE("/accounts/{ACCOUNT_ID}/rate_limits", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.id).toEqual("a39eff185c65ea33b9afea112e5d1e9a"),
  ),
]);
