import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Webhooks: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("getWebhook", () => {
  it("Get a webhook", async () => {
    const { data, response } = await jambonz().GET("/Webhooks/{WebhookSid}", {
      params: { path: { WebhookSid: "1842c43a-7032-4ee2-8b42-49d4d350d397" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      webhook_sid: "1842c43a-7032-4ee2-8b42-49d4d350d397",
      url: "https://example.com/jambonz/call",
      method: "POST",
      username: null,
      password: null,
    });
  });
});

describe("createWebhook", () => {
  it("Create a webhook", async () => {
    const { data, response } = await jambonz().POST("/Webhooks", { body: { url: "https://example.com/jambonz/call", method: "POST" } });
    expect(response.status).toBe(201);
    expect(data).toEqual({ sid: "a36c677b-b93d-4d54-8282-d506f2819691" });
  });
});
