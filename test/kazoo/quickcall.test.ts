// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "quickcall",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/{ENDPOINT_TYPE}/{ENDPOINT_ID}/quickcall/{NUMBER}", {
        params: { path: { ACCOUNT_ID, ENDPOINT_TYPE: "devices", ENDPOINT_ID: "913f9c49dcb544e2087cee284f4a00b7", NUMBER: "+14155550142" } },
      }),
    (d) => expect(d?.data?.application_data?.route).toEqual("+14155550142"),
  ),
  row(
    "quickcallAndWait",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/{ENDPOINT_TYPE}/{ENDPOINT_ID}/quickcall/{NUMBER}", {
        params: { path: { ACCOUNT_ID, ENDPOINT_TYPE: "devices", ENDPOINT_ID: "913f9c49dcb544e2087cee284f4a00b7", NUMBER: "+14155550142" } },
        body: { data: {} },
      }),
    (d) => expect(d?.data?.outbound_call_id).toEqual("6c1e8d0b1f2a4c9d8e7f-quickcall"),
  ),
]);
