// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "sendFax",
    201,
    () =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/faxes", {
        params: { path: { ACCOUNT_ID } },
        body: {
          data: {
            document: { url: "https://files.example.com/fax.pdf", method: "get" },
            retries: 3,
            from_name: "Front desk",
            from_number: "14155550100",
            to_name: "Billing",
            to_number: "14155550177",
          },
        },
      }),
    (d) => expect(d?.data?.id).toEqual("5ff95d4e433e3cfd7febee607abbad26"),
  ),
  row(
    "createOutgoingFax",
    201,
    () =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/faxes/outgoing", {
        params: { path: { ACCOUNT_ID } },
        body: {
          data: {
            document: { url: "https://files.example.com/fax.pdf", method: "get" },
            retries: 3,
            from_name: "Front desk",
            from_number: "14155550100",
            to_name: "Billing",
            to_number: "14155550177",
          },
        },
      }),
    (d) => expect(d?.data?.id).toEqual("5ff95d4e433e3cfd7febee607abbad26"),
  ),
  row(
    "listOutgoingFaxes",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/faxes/outgoing", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.status).toEqual("pending"),
  ),
  row(
    "getOutgoingFax",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/faxes/outgoing/{FAX_JOB_ID}", {
        params: { path: { ACCOUNT_ID, FAX_JOB_ID: "5ff95d4e433e3cfd7febee607abbad26" } },
      }),
    (d) => expect(d?.data?.status).toEqual("pending"),
  ),
  row(
    "listOutboxFaxes",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/faxes/outbox", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.status).toEqual("completed"),
  ),
  row(
    "getOutboxFax",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/faxes/outbox/{FAX_ID}", {
        params: { path: { ACCOUNT_ID, FAX_ID: "202401-236c3b7f761221f195b428aca2f06c4b" } },
      }),
    (d) => expect(d?.data?.folder).toEqual("outbox"),
  ),
  row(
    "resubmitOutboxFax",
    201,
    () =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/faxes/outbox/{FAX_ID}", {
        params: { path: { ACCOUNT_ID, FAX_ID: "202401-236c3b7f761221f195b428aca2f06c4b" } },
        body: { action: "resubmit", data: {} },
      }),
    (d) => expect(d?.data?.id).toEqual("5ff95d4e433e3cfd7febee607abbad26"),
  ),
  row(
    "deleteOutboxFax",
    200,
    () =>
      kazoo().DELETE("/accounts/{ACCOUNT_ID}/faxes/outbox/{FAX_ID}", {
        params: { path: { ACCOUNT_ID, FAX_ID: "202401-236c3b7f761221f195b428aca2f06c4b" } },
      }),
    (d) => expect(d?.data?.folder).toEqual("outbox"),
  ),
  row(
    "getOutboxFaxAttachment",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/faxes/outbox/{FAX_ID}/attachment", {
        params: { path: { ACCOUNT_ID, FAX_ID: "202401-236c3b7f761221f195b428aca2f06c4b" } },
        parseAs: "arrayBuffer",
      }),
    (d, r) => {
      expect(r.headers.get("content-type")).toMatch(/^application\/pdf/);
      expect(d).toBeInstanceOf(ArrayBuffer);
    },
  ),
  row(
    "deleteOutboxFaxAttachment",
    200,
    () =>
      kazoo().DELETE("/accounts/{ACCOUNT_ID}/faxes/outbox/{FAX_ID}/attachment", {
        params: { path: { ACCOUNT_ID, FAX_ID: "202401-236c3b7f761221f195b428aca2f06c4b" } },
      }),
    (d) => expect(d?.data?.folder).toEqual("outbox"),
  ),
  row(
    "listInboxFaxes",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/faxes/inbox", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.status).toEqual("completed"),
  ),
  row(
    "getInboxFax",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/faxes/inbox/{FAX_ID}", {
        params: { path: { ACCOUNT_ID, FAX_ID: "202401-236c3b7f761221f195b428aca2f06c4b" } },
      }),
    (d) => expect(d?.data?.folder).toEqual("inbox"),
  ),
  row(
    "forwardInboxFax",
    201,
    () =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/faxes/inbox/{FAX_ID}", {
        params: { path: { ACCOUNT_ID, FAX_ID: "202401-236c3b7f761221f195b428aca2f06c4b" } },
        body: { action: "forward", data: { to_number: "14155550188" } },
      }),
    (d) => expect(d?.data?.id).toEqual("5ff95d4e433e3cfd7febee607abbad26"),
  ),
  row(
    "deleteInboxFax",
    200,
    () =>
      kazoo().DELETE("/accounts/{ACCOUNT_ID}/faxes/inbox/{FAX_ID}", {
        params: { path: { ACCOUNT_ID, FAX_ID: "202401-236c3b7f761221f195b428aca2f06c4b" } },
      }),
    (d) => expect(d?.data?.folder).toEqual("inbox"),
  ),
  row(
    "getInboxFaxAttachment",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/faxes/inbox/{FAX_ID}/attachment", {
        params: { path: { ACCOUNT_ID, FAX_ID: "202401-236c3b7f761221f195b428aca2f06c4b" } },
        parseAs: "arrayBuffer",
      }),
    (d, r) => {
      expect(r.headers.get("content-type")).toMatch(/^application\/pdf/);
      expect(d).toBeInstanceOf(ArrayBuffer);
    },
  ),
  row(
    "deleteInboxFaxAttachment",
    200,
    () =>
      kazoo().DELETE("/accounts/{ACCOUNT_ID}/faxes/inbox/{FAX_ID}/attachment", {
        params: { path: { ACCOUNT_ID, FAX_ID: "202401-236c3b7f761221f195b428aca2f06c4b" } },
      }),
    (d) => expect(d?.data?.folder).toEqual("inbox"),
  ),
  row(
    "listIncomingFaxes",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/faxes/incoming", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data).toEqual([]),
  ),
  row(
    "getIncomingFax",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/faxes/incoming/{FAX_ID}", {
        params: { path: { ACCOUNT_ID, FAX_ID: "202401-236c3b7f761221f195b428aca2f06c4b" } },
      }),
    (d) => expect(d?.data?.folder).toEqual("inbox"),
  ),
  row(
    "listFaxSmtpLogs",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/faxes/smtplog", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.from).toEqual("frontdesk@example.com"),
  ),
  row(
    "getFaxSmtpLog",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/faxes/smtplog/{ATTEMPT_ID}", {
        params: { path: { ACCOUNT_ID, ATTEMPT_ID: "202401-1db222fece0e7454c122788bf892adf8" } },
      }),
    (d) => expect(d?.data?.id).toEqual("202401-1db222fece0e7454c122788bf892adf8"),
  ),
]);
