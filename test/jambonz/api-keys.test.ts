import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Api Keys: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listAccountApiKeys", () => {
  it("List API keys of an account", async () => {
    const { data, response } = await jambonz().GET("/Accounts/{AccountSid}/ApiKeys", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        api_key_sid: "929542cc-8dcf-4f7a-be2d-cdf748735de6",
        token: "00000000-0000-4000-8000-00000000e0e0",
        account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
        service_provider_sid: null,
        expires_at: null,
        last_used: null,
        created_at: "2026-11-22T16:31:44.000Z",
      },
    ]);
  });
});

describe("createApiKey", () => {
  it("Create an API key", async () => {
    const { data, response } = await jambonz().POST("/ApiKeys", { body: { account_sid: "a36c677b-b93d-4d54-8282-d506f2819691" } });
    expect(response.status).toBe(201);
    expect(data).toEqual({ sid: "929542cc-8dcf-4f7a-be2d-cdf748735de6", token: "00000000-0000-4000-8000-00000000e0e0" });
  });
});

describe("deleteApiKey", () => {
  it("Delete an API key", async () => {
    const { data, response } = await jambonz().DELETE("/ApiKeys/{ApiKeySid}", {
      params: { path: { ApiKeySid: "929542cc-8dcf-4f7a-be2d-cdf748735de6" } },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("listServiceProviderApiKeys", () => {
  it("List API keys of a service provider", async () => {
    const { data, response } = await jambonz().GET("/ServiceProviders/{ServiceProviderSid}/ApiKeys", {
      params: { path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        api_key_sid: "3f7c6db2-5a1e-4b8d-9c0f-2e4a6b8c0d1e",
        token: "00000000-0000-4000-8000-00000000e0e1",
        account_sid: null,
        service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
        expires_at: null,
        last_used: null,
        created_at: "2026-11-22T16:31:44.000Z",
      },
    ]);
  });
});
