// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "listWebhooks",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/webhooks", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.id).toEqual("2ff80e9159b517704ce43f0f74e6e247"),
  ),
  row(
    "createWebhook",
    201,
    () =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/webhooks", {
        params: { path: { ACCOUNT_ID } },
        body: {
          data: {
            name: "New calls to CRM",
            hook: "channel_create",
            uri: "https://crm.example.com/kazoo/hooks",
            http_verb: "post",
            retries: 2,
            enabled: true,
            format: "json",
            include_subaccounts: false,
            include_internal_legs: true,
            custom_data: { source: "kazoo" },
          },
        },
      }),
    (d) => expect(d?.data?.id).toEqual("2ff80e9159b517704ce43f0f74e6e247"),
  ),
  row(
    "getWebhook",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/webhooks/{WEBHOOK_ID}", {
        params: { path: { ACCOUNT_ID, WEBHOOK_ID: "2ff80e9159b517704ce43f0f74e6e247" } },
      }),
    (d) => expect(d?.data?.id).toEqual("2ff80e9159b517704ce43f0f74e6e247"),
  ),
  row(
    "replaceWebhook",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/webhooks/{WEBHOOK_ID}", {
        params: { path: { ACCOUNT_ID, WEBHOOK_ID: "2ff80e9159b517704ce43f0f74e6e247" } },
        body: {
          data: {
            name: "New calls to CRM",
            hook: "channel_create",
            uri: "https://crm.example.com/kazoo/hooks",
            http_verb: "post",
            retries: 2,
            enabled: true,
            format: "json",
            include_subaccounts: false,
            include_internal_legs: true,
            custom_data: { source: "kazoo" },
          },
        },
      }),
    (d) => expect(d?.data?.id).toEqual("2ff80e9159b517704ce43f0f74e6e247"),
  ),
  row(
    "updateWebhook",
    200,
    () =>
      kazoo().PATCH("/accounts/{ACCOUNT_ID}/webhooks/{WEBHOOK_ID}", {
        params: { path: { ACCOUNT_ID, WEBHOOK_ID: "2ff80e9159b517704ce43f0f74e6e247" } },
        body: { data: { name: "New calls to CRM" } },
      }),
    (d) => expect(d?.data?.id).toEqual("2ff80e9159b517704ce43f0f74e6e247"),
  ),
  row(
    "deleteWebhook",
    200,
    () =>
      kazoo().DELETE("/accounts/{ACCOUNT_ID}/webhooks/{WEBHOOK_ID}", {
        params: { path: { ACCOUNT_ID, WEBHOOK_ID: "2ff80e9159b517704ce43f0f74e6e247" } },
      }),
    (d) => expect(d?.data?.id).toEqual("2ff80e9159b517704ce43f0f74e6e247"),
  ),
  row(
    "listWebhookAttempts",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/webhooks/attempts", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.result).toEqual("failure"),
  ),
  row(
    "listWebhookAttemptsOfHook",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/webhooks/{WEBHOOK_ID}/attempts", {
        params: { path: { ACCOUNT_ID, WEBHOOK_ID: "2ff80e9159b517704ce43f0f74e6e247" } },
      }),
    (d) => expect(d?.data?.[0]?.hook_id).toEqual("2ff80e9159b517704ce43f0f74e6e247"),
  ),
  row(
    "reenableWebhooks",
    200,
    () => kazoo().PATCH("/accounts/{ACCOUNT_ID}/webhooks", { params: { path: { ACCOUNT_ID } }, body: { data: { "re-enable": true } } }),
    (d) => expect(d?.data).toEqual("hooks updated"),
  ),
  row(
    "reenableDescendantWebhooks",
    200,
    () =>
      kazoo().PATCH("/accounts/{ACCOUNT_ID}/descendants/webhooks", {
        params: { path: { ACCOUNT_ID } },
        body: { data: { "re-enable": true } },
      }),
    (d) => expect(d?.data).toEqual("hooks updated"),
  ),
  row(
    "listAvailableWebhooks",
    200,
    () => kazoo().GET("/webhooks", {}),
    (d) => expect(d?.data?.[0]?.id).toEqual("channel_create"),
  ),
  row(
    "listAccountWebhookSamples",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/webhooks/samples", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[1]).toEqual("webhooks_channel_create"),
  ),
  row(
    "getAccountWebhookSamples",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/webhooks/samples/{SAMPLE_ID}", {
        params: { path: { ACCOUNT_ID, SAMPLE_ID: "webhooks_channel_create" } },
      }),
    (d) => expect(d?.data?.[0]?.hook_event).toEqual("channel_create"),
  ),
  row(
    "listSystemWebhookSamples",
    200,
    () => kazoo().GET("/webhooks/samples", {}),
    (d) => expect(d?.data?.[1]).toEqual("webhooks_channel_create"),
  ),
  row(
    "getSystemWebhookSamples",
    200,
    () => kazoo().GET("/webhooks/samples/{SAMPLE_ID}", { params: { path: { SAMPLE_ID: "webhooks_channel_create" } } }),
    (d) => expect(d?.data?.[0]?.hook_event).toEqual("channel_create"),
  ),
]);
