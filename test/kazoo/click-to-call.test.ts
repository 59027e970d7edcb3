// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "listClickToCalls",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/clicktocall", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.id).toEqual("725ad7265830d2c0aae80b6e27b31007"),
  ),
  row(
    "createClick-to-callendpoint",
    201,
    () =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/clicktocall", {
        params: { path: { ACCOUNT_ID } },
        body: {
          data: {
            name: "Sales callback",
            extension: "2001",
            auth_required: false,
            caller_id_number: "+14155550100",
            dial_first: "extension",
            timeout: 30,
            custom_application_vars: {},
            whitelist: ["^\\+1415"],
          },
        },
      }),
    (d) => expect(d?.data?.id).toEqual("725ad7265830d2c0aae80b6e27b31007"),
  ),
  row(
    "getClick-to-callendpoint",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/clicktocall/{C2C_ID}", {
        params: { path: { ACCOUNT_ID, C2C_ID: "725ad7265830d2c0aae80b6e27b31007" } },
      }),
    (d) => expect(d?.data?.id).toEqual("725ad7265830d2c0aae80b6e27b31007"),
  ),
  row(
    "replaceClick-to-callendpoint",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/clicktocall/{C2C_ID}", {
        params: { path: { ACCOUNT_ID, C2C_ID: "725ad7265830d2c0aae80b6e27b31007" } },
        body: {
          data: {
            name: "Sales callback",
            extension: "2001",
            auth_required: false,
            caller_id_number: "+14155550100",
            dial_first: "extension",
            timeout: 30,
            custom_application_vars: {},
            whitelist: ["^\\+1415"],
          },
        },
      }),
    (d) => expect(d?.data?.id).toEqual("725ad7265830d2c0aae80b6e27b31007"),
  ),
  row(
    "updateClick-to-callendpoint",
    200,
    () =>
      kazoo().PATCH("/accounts/{ACCOUNT_ID}/clicktocall/{C2C_ID}", {
        params: { path: { ACCOUNT_ID, C2C_ID: "725ad7265830d2c0aae80b6e27b31007" } },
        body: { data: { name: "Sales callback" } },
      }),
    (d) => expect(d?.data?.id).toEqual("725ad7265830d2c0aae80b6e27b31007"),
  ),
  row(
    "deleteClick-to-callendpoint",
    200,
    () =>
      kazoo().DELETE("/accounts/{ACCOUNT_ID}/clicktocall/{C2C_ID}", {
        params: { path: { ACCOUNT_ID, C2C_ID: "725ad7265830d2c0aae80b6e27b31007" } },
      }),
    (d) => expect(d?.data?.id).toEqual("725ad7265830d2c0aae80b6e27b31007"),
  ),
  row(
    "listClickToCallHistory",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/clicktocall/{C2C_ID}/history", {
        params: { path: { ACCOUNT_ID, C2C_ID: "725ad7265830d2c0aae80b6e27b31007" } },
      }),
    (d) => expect(d?.data?.[0]?.contact).toEqual("+14155550142"),
  ),
  row(
    "connectClickToCall",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/clicktocall/{C2C_ID}/connect", {
        params: { path: { ACCOUNT_ID, C2C_ID: "725ad7265830d2c0aae80b6e27b31007" } },
      }),
    (d) => expect(d?.data?.application_name).toEqual("transfer"),
  ),
  row(
    "connectClickToCallWithBody",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/clicktocall/{C2C_ID}/connect", {
        params: { path: { ACCOUNT_ID, C2C_ID: "725ad7265830d2c0aae80b6e27b31007" } },
        body: { data: { contact: "+14155550142" } },
      }),
    (d) => expect(d?.data?.outbound_caller_id_number).toEqual("+14155550142"),
  ),
]);
