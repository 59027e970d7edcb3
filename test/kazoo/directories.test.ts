// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "listDirectories",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/directories", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.id).toEqual("5f8f22b8cdbaeee8cf857673a9b6ba20"),
  ),
  row(
    "createDirectory",
    201,
    () =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/directories", {
        params: { path: { ACCOUNT_ID } },
        body: { data: { name: "Company directory", confirm_match: false, max_dtmf: 0, min_dtmf: 3, sort_by: "last_name", users: [] } },
      }),
    (d) => expect(d?.data?.id).toEqual("5f8f22b8cdbaeee8cf857673a9b6ba20"),
  ),
  row(
    "getDirectory",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/directories/{DIRECTORY_ID}", {
        params: { path: { ACCOUNT_ID, DIRECTORY_ID: "5f8f22b8cdbaeee8cf857673a9b6ba20" } },
      }),
    (d) => expect(d?.data?.id).toEqual("5f8f22b8cdbaeee8cf857673a9b6ba20"),
  ),
  row(
    "replaceDirectory",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/directories/{DIRECTORY_ID}", {
        params: { path: { ACCOUNT_ID, DIRECTORY_ID: "5f8f22b8cdbaeee8cf857673a9b6ba20" } },
        body: { data: { name: "Company directory", confirm_match: false, max_dtmf: 0, min_dtmf: 3, sort_by: "last_name", users: [] } },
      }),
    (d) => expect(d?.data?.id).toEqual("5f8f22b8cdbaeee8cf857673a9b6ba20"),
  ),
  row(
    "updateDirectory",
    200,
    () =>
      kazoo().PATCH("/accounts/{ACCOUNT_ID}/directories/{DIRECTORY_ID}", {
        params: { path: { ACCOUNT_ID, DIRECTORY_ID: "5f8f22b8cdbaeee8cf857673a9b6ba20" } },
        body: { data: { name: "Company directory" } },
      }),
    (d) => expect(d?.data?.id).toEqual("5f8f22b8cdbaeee8cf857673a9b6ba20"),
  ),
  row(
    "deleteDirectory",
    200,
    () =>
      kazoo().DELETE("/accounts/{ACCOUNT_ID}/directories/{DIRECTORY_ID}", {
        params: { path: { ACCOUNT_ID, DIRECTORY_ID: "5f8f22b8cdbaeee8cf857673a9b6ba20" } },
      }),
    (d) => expect(d?.data?.id).toEqual("5f8f22b8cdbaeee8cf857673a9b6ba20"),
  ),
]);
