// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "listFaxboxes",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/faxboxes", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.id).toEqual("33a828d931ef4fddd063f2864f47ecd0"),
  ),
  row(
    "createFaxbox",
    201,
    () =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/faxboxes", {
        params: { path: { ACCOUNT_ID } },
        body: {
          data: {
            name: "Front desk fax",
            caller_id: "+14155550100",
            caller_name: "Front desk",
            fax_header: "Example Corp",
            fax_identity: "+14155550100",
            fax_timezone: "America/Los_Angeles",
            retries: 3,
            attempts: 0,
            media: { fax_option: false },
            notifications: { inbound: { email: { send_to: ["frontdesk@example.com"] } } },
            smtp_permission_list: [],
          },
        },
      }),
    (d) => expect(d?.data?.id).toEqual("33a828d931ef4fddd063f2864f47ecd0"),
  ),
  row(
    "getFaxbox",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/faxboxes/{FAXBOX_ID}", {
        params: { path: { ACCOUNT_ID, FAXBOX_ID: "33a828d931ef4fddd063f2864f47ecd0" } },
      }),
    (d) => expect(d?.data?.id).toEqual("33a828d931ef4fddd063f2864f47ecd0"),
  ),
  row(
    "replaceFaxbox",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/faxboxes/{FAXBOX_ID}", {
        params: { path: { ACCOUNT_ID, FAXBOX_ID: "33a828d931ef4fddd063f2864f47ecd0" } },
        body: {
          data: {
            name: "Front desk fax",
            caller_id: "+14155550100",
            caller_name: "Front desk",
            fax_header: "Example Corp",
            fax_identity: "+14155550100",
            fax_timezone: "America/Los_Angeles",
            retries: 3,
            attempts: 0,
            media: { fax_option: false },
            notifications: { inbound: { email: { send_to: ["frontdesk@example.com"] } } },
            smtp_permission_list: [],
          },
        },
      }),
    (d) => expect(d?.data?.id).toEqual("33a828d931ef4fddd063f2864f47ecd0"),
  ),
  row(
    "updateFaxbox",
    200,
    () =>
      kazoo().PATCH("/accounts/{ACCOUNT_ID}/faxboxes/{FAXBOX_ID}", {
        params: { path: { ACCOUNT_ID, FAXBOX_ID: "33a828d931ef4fddd063f2864f47ecd0" } },
        body: { data: { name: "Front desk fax" } },
      }),
    (d) => expect(d?.data?.id).toEqual("33a828d931ef4fddd063f2864f47ecd0"),
  ),
  row(
    "deleteFaxbox",
    200,
    () =>
      kazoo().DELETE("/accounts/{ACCOUNT_ID}/faxboxes/{FAXBOX_ID}", {
        params: { path: { ACCOUNT_ID, FAXBOX_ID: "33a828d931ef4fddd063f2864f47ecd0" } },
      }),
    (d) => expect(d?.data?.id).toEqual("33a828d931ef4fddd063f2864f47ecd0"),
  ),
]);
