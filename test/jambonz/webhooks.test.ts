import { describe, expect, it } from "vitest";
import { SID, WEBHOOK_SID, recorded } from "./client.js";

// Webhooks: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("getWebhook", () => {
  it("substitutes the sid and decodes the hook, basic-auth fields null when unset", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Webhooks/{WebhookSid}", { params: { path: { WebhookSid: WEBHOOK_SID } } });
    expect(response.status).toBe(200);
    expectSent(`GET /Webhooks/${WEBHOOK_SID}`);
    expect(data?.webhook_sid).toBe(WEBHOOK_SID);
    expect(data?.username).toBeNull();
  });
});

describe("createWebhook", () => {
  it("posts url and method and answers 201 with a sid", async () => {
    const body = { url: "https://example.com/jambonz/call", method: "POST" } as const;
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/Webhooks", { body });
    expect(response.status).toBe(201);
    expectSent("POST /Webhooks", body);
    expect(data?.sid).toMatch(SID);
  });
});
