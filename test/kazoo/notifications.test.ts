// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "listAccountNotifications",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/notifications", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.id).toEqual("voicemail_to_email"),
  ),
  row(
    "createAccountNotification",
    201,
    () =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/notifications", {
        params: { path: { ACCOUNT_ID } },
        body: {
          data: {
            id: "voicemail_to_email",
            enabled: true,
            from: "no_reply@example.com",
            category: "voicemail",
            friendly_name: "Voicemail to e-mail",
            subject: "New voicemail from {{caller_id.name}}",
            template_charset: "utf-8",
            to: { type: "original", email_addresses: [] },
          },
        },
      }),
    (d) => expect(d?.data?.id).toEqual("voicemail_to_email"),
  ),
  row(
    "getAccountNotification",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/notifications/{NOTIFICATION_ID}", {
        params: { path: { ACCOUNT_ID, NOTIFICATION_ID: "voicemail_to_email" } },
      }),
    (d) => expect(d?.data?.id).toEqual("voicemail_to_email"),
  ),
  row(
    "replaceAccountNotification",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/notifications/{NOTIFICATION_ID}", {
        params: { path: { ACCOUNT_ID, NOTIFICATION_ID: "voicemail_to_email" } },
        body: {
          data: {
            id: "voicemail_to_email",
            enabled: true,
            from: "no_reply@example.com",
            category: "voicemail",
            friendly_name: "Voicemail to e-mail",
            subject: "New voicemail from {{caller_id.name}}",
            template_charset: "utf-8",
            to: { type: "original", email_addresses: [] },
          },
        },
      }),
    (d) => expect(d?.data?.id).toEqual("voicemail_to_email"),
  ),
  row(
    "deleteAccountNotification",
    200,
    () =>
      kazoo().DELETE("/accounts/{ACCOUNT_ID}/notifications/{NOTIFICATION_ID}", {
        params: { path: { ACCOUNT_ID, NOTIFICATION_ID: "voicemail_to_email" } },
      }),
    (d) => expect(d?.data?.id).toEqual("voicemail_to_email"),
  ),
  row(
    "listSystemNotifications",
    200,
    () => kazoo().GET("/notifications", {}),
    (d) => expect(d?.data?.[0]?.id).toEqual("voicemail_to_email"),
  ),
  row(
    "createSystemNotification",
    201,
    () =>
      kazoo().PUT("/notifications", {
        body: {
          data: {
            id: "voicemail_to_email",
            enabled: true,
            from: "no_reply@example.com",
            category: "voicemail",
            friendly_name: "Voicemail to e-mail",
            subject: "New voicemail from {{caller_id.name}}",
            template_charset: "utf-8",
            to: { type: "original", email_addresses: [] },
          },
        },
      }),
    (d) => expect(d?.data?.id).toEqual("voicemail_to_email"),
  ),
  row(
    "getSystemNotification",
    200,
    () => kazoo().GET("/notifications/{NOTIFICATION_ID}", { params: { path: { NOTIFICATION_ID: "voicemail_to_email" } } }),
    (d) => expect(d?.data?.id).toEqual("voicemail_to_email"),
  ),
  row(
    "replaceSystemNotification",
    200,
    () =>
      kazoo().POST("/notifications/{NOTIFICATION_ID}", {
        params: { path: { NOTIFICATION_ID: "voicemail_to_email" } },
        body: {
          data: {
            id: "voicemail_to_email",
            enabled: true,
            from: "no_reply@example.com",
            category: "voicemail",
            friendly_name: "Voicemail to e-mail",
            subject: "New voicemail from {{caller_id.name}}",
            template_charset: "utf-8",
            to: { type: "original", email_addresses: [] },
          },
        },
      }),
    (d) => expect(d?.data?.id).toEqual("voicemail_to_email"),
  ),
  row(
    "deleteSystemNotification",
    200,
    () => kazoo().DELETE("/notifications/{NOTIFICATION_ID}", { params: { path: { NOTIFICATION_ID: "voicemail_to_email" } } }),
    (d) => expect(d?.data?.id).toEqual("voicemail_to_email"),
  ),
  row(
    "removeNotificationCustomizations",
    200,
    () =>
      kazoo().DELETE("/accounts/{ACCOUNT_ID}/notifications", {
        params: { path: { ACCOUNT_ID }, query: { action: "remove_customizations" } },
      }),
    (d) => expect(d?.data?.voicemail_to_email).toEqual("deleted"),
  ),
  row(
    "previewNotification",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/notifications/{NOTIFICATION_ID}/preview", {
        params: { path: { ACCOUNT_ID, NOTIFICATION_ID: "voicemail_to_email" } },
        body: {
          data: {
            plain: "New voicemail from {{caller_id.name}}",
            subject: "Preview",
            to: { email_addresses: ["admin@example.com"], type: "specified" },
          },
        },
      }),
    (d) => expect(d?.status).toBe("success"),
  ),
  row(
    "sendCustomerUpdate",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/notifications/customer_update/message", {
        params: { path: { ACCOUNT_ID } },
        body: { data: { user_type: "all_users", subject: "Maintenance window", plain: "Dear {{user.first_name}}, we upgrade on Sunday." } },
      }),
    (d) => expect(d?.status).toBe("success"),
  ),
  row(
    "listNotificationSmtpLogs",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/notifications/smtplog", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.template_id).toEqual("deregister"),
  ),
  row(
    "getNotificationSmtpLog",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/notifications/smtplog/{SMTP_LOG_ID}", {
        params: { path: { ACCOUNT_ID, SMTP_LOG_ID: "202401-a57104c1e7052b3fe69f117c1861254a" } },
      }),
    (d) => expect(d?.data?.receipt).toEqual("2.0.0 Ok: queued as B60E22044B"),
  ),
]);
