// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "listConnectivityDocuments",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/connectivity", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.id).toEqual("ed87315cdb4499fb294b774d5c2d2740"),
  ),
  row(
    "createConnectivitydocument",
    201,
    () =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/connectivity", {
        params: { path: { ACCOUNT_ID } },
        body: {
          data: {
            name: "Office PBX trunk",
            account: { trunks: 4, caller_id: { cid_name: "Example Corp", cid_number: "+14155550100" } },
            servers: [
              {
                name: "pbx-1",
                auth: { auth_method: "password", auth_user: "pbx1", auth_password: "EXAMPLE-password" },
                options: { enabled: true, inbound_format: "e164" },
                DIDs: { "+14155550123": {} },
              },
            ],
          },
        },
      }),
    (d) => expect(d?.data?.id).toEqual("ed87315cdb4499fb294b774d5c2d2740"),
  ),
  row(
    "getConnectivitydocument",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/connectivity/{CONNECTIVITY_ID}", {
        params: { path: { ACCOUNT_ID, CONNECTIVITY_ID: "ed87315cdb4499fb294b774d5c2d2740" } },
      }),
    (d) => expect(d?.data?.id).toEqual("ed87315cdb4499fb294b774d5c2d2740"),
  ),
  row(
    "replaceConnectivitydocument",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/connectivity/{CONNECTIVITY_ID}", {
        params: { path: { ACCOUNT_ID, CONNECTIVITY_ID: "ed87315cdb4499fb294b774d5c2d2740" } },
        body: {
          data: {
            name: "Office PBX trunk",
            account: { trunks: 4, caller_id: { cid_name: "Example Corp", cid_number: "+14155550100" } },
            servers: [
              {
                name: "pbx-1",
                auth: { auth_method: "password", auth_user: "pbx1", auth_password: "EXAMPLE-password" },
                options: { enabled: true, inbound_format: "e164" },
                DIDs: { "+14155550123": {} },
              },
            ],
          },
        },
      }),
    (d) => expect(d?.data?.id).toEqual("ed87315cdb4499fb294b774d5c2d2740"),
  ),
  row(
    "updateConnectivitydocument",
    200,
    () =>
      kazoo().PATCH("/accounts/{ACCOUNT_ID}/connectivity/{CONNECTIVITY_ID}", {
        params: { path: { ACCOUNT_ID, CONNECTIVITY_ID: "ed87315cdb4499fb294b774d5c2d2740" } },
        body: { data: { name: "Office PBX trunk" } },
      }),
    (d) => expect(d?.data?.id).toEqual("ed87315cdb4499fb294b774d5c2d2740"),
  ),
  row(
    "deleteConnectivitydocument",
    200,
    () =>
      kazoo().DELETE("/accounts/{ACCOUNT_ID}/connectivity/{CONNECTIVITY_ID}", {
        params: { path: { ACCOUNT_ID, CONNECTIVITY_ID: "ed87315cdb4499fb294b774d5c2d2740" } },
      }),
    (d) => expect(d?.data?.id).toEqual("ed87315cdb4499fb294b774d5c2d2740"),
  ),
]);
