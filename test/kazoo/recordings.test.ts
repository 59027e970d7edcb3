// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, USER_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "listRecordings",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/recordings", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.id).toEqual("202401-fb89b9c2b78261ef2ab506e30d9c84f7"),
  ),
  row(
    "listUserRecordings",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/users/{USER_ID}/recordings", { params: { path: { ACCOUNT_ID, USER_ID } } }),
    (d) => expect(d?.data?.[0]?.owner_id).toEqual("ee11cbb19052e40b07aac0ca060c23ee"),
  ),
  row(
    "getRecording",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/recordings/{RECORDING_ID}", {
        params: { path: { ACCOUNT_ID, RECORDING_ID: "202401-fb89b9c2b78261ef2ab506e30d9c84f7" } },
      }),
    (d) => expect(d).toMatchObject({ data: { id: "202401-fb89b9c2b78261ef2ab506e30d9c84f7" } }),
  ),
  row(
    "deleteRecording",
    200,
    () =>
      kazoo().DELETE("/accounts/{ACCOUNT_ID}/recordings/{RECORDING_ID}", {
        params: { path: { ACCOUNT_ID, RECORDING_ID: "202401-fb89b9c2b78261ef2ab506e30d9c84f7" } },
      }),
    (d) => expect(d?.data?.id).toEqual("202401-fb89b9c2b78261ef2ab506e30d9c84f7"),
  ),
]);
