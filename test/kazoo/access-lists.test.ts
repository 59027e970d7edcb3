// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "getAccessLists",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/access_lists", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d).toMatchObject({ data: { order: "allow,deny" } }),
  ),
  row(
    "updateAccessLists",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/access_lists", {
        params: { path: { ACCOUNT_ID } },
        body: { data: { order: "allow,deny", cidrs: ["203.0.113.0/24"], user_agent: "^Yealink" } },
      }),
    (d) => expect(d?.data?.cidrs?.[0]).toEqual("203.0.113.0/24"),
  ),
  row(
    "deleteAccessLists",
    200,
    () => kazoo().DELETE("/accounts/{ACCOUNT_ID}/access_lists", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.status).toBe("success"),
  ),
]);
