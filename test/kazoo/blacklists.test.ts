// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "listBlacklists",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/blacklists", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.id).toEqual("a0bc9791616492b14e330a7e0ef35512"),
  ),
  row(
    "createBlacklist",
    201,
    () =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/blacklists", {
        params: { path: { ACCOUNT_ID } },
        body: { data: { name: "Robocallers", numbers: { "+14155550199": {} }, should_block_anonymous: true, flags: [] } },
      }),
    (d) => expect(d?.data?.id).toEqual("a0bc9791616492b14e330a7e0ef35512"),
  ),
  row(
    "getBlacklist",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/blacklists/{BLACKLIST_ID}", {
        params: { path: { ACCOUNT_ID, BLACKLIST_ID: "a0bc9791616492b14e330a7e0ef35512" } },
      }),
    (d) => expect(d?.data?.id).toEqual("a0bc9791616492b14e330a7e0ef35512"),
  ),
  row(
    "replaceBlacklist",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/blacklists/{BLACKLIST_ID}", {
        params: { path: { ACCOUNT_ID, BLACKLIST_ID: "a0bc9791616492b14e330a7e0ef35512" } },
        body: { data: { name: "Robocallers", numbers: { "+14155550199": {} }, should_block_anonymous: true, flags: [] } },
      }),
    (d) => expect(d?.data?.id).toEqual("a0bc9791616492b14e330a7e0ef35512"),
  ),
  row(
    "updateBlacklist",
    200,
    () =>
      kazoo().PATCH("/accounts/{ACCOUNT_ID}/blacklists/{BLACKLIST_ID}", {
        params: { path: { ACCOUNT_ID, BLACKLIST_ID: "a0bc9791616492b14e330a7e0ef35512" } },
        body: { data: { name: "Robocallers" } },
      }),
    (d) => expect(d?.data?.id).toEqual("a0bc9791616492b14e330a7e0ef35512"),
  ),
  row(
    "deleteBlacklist",
    200,
    () =>
      kazoo().DELETE("/accounts/{ACCOUNT_ID}/blacklists/{BLACKLIST_ID}", {
        params: { path: { ACCOUNT_ID, BLACKLIST_ID: "a0bc9791616492b14e330a7e0ef35512" } },
      }),
    (d) => expect(d?.data?.id).toEqual("a0bc9791616492b14e330a7e0ef35512"),
  ),
]);
