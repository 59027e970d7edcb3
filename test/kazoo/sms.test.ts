// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "sendSms",
    201,
    () =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/sms", {
        params: { path: { ACCOUNT_ID } },
        body: { data: { to: "+14155550142", body: "Your table is ready", from: "+14155550100" } },
      }),
    (d) => expect(d?.data?.to).toEqual("+14155550142"),
  ),
  row(
    "listSms",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/sms", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.value?.direction).toEqual("outbound"),
  ),
  row(
    "getSms",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/sms/{SMS_ID}", {
        params: { path: { ACCOUNT_ID, SMS_ID: "202401-18b43c6a536a8fe1362f7a3887936be6" } },
      }),
    (d) => expect(d?.data?.route_type).toEqual("offnet"),
  ),
  row(
    "deleteSms",
    200,
    () =>
      kazoo().DELETE("/accounts/{ACCOUNT_ID}/sms/{SMS_ID}", {
        params: { path: { ACCOUNT_ID, SMS_ID: "202401-18b43c6a536a8fe1362f7a3887936be6" } },
      }),
    (d) => expect(d?.data?.id).toEqual("202401-18b43c6a536a8fe1362f7a3887936be6"),
  ),
]);
