import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Limits: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listAccountLimits", () => {
  it("List limits of an account", async () => {
    const { data, response } = await jambonz().GET("/Accounts/{AccountSid}/Limits", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        account_limits_sid: "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
        account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
        category: "voice_call_session",
        quantity: 10,
      },
    ]);
  });
});

describe("setAccountLimit", () => {
  it("Set a limit of an account", async () => {
    const { data, response } = await jambonz().POST("/Accounts/{AccountSid}/Limits", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } },
      body: { category: "voice_call_session", quantity: 10 },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({ sid: "a36c677b-b93d-4d54-8282-d506f2819691" });
  });
});

describe("deleteAccountLimits", () => {
  it("Remove limits of an account", async () => {
    const { data, response } = await jambonz().DELETE("/Accounts/{AccountSid}/Limits", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("listServiceProviderLimits", () => {
  it("List limits of a service provider", async () => {
    const { data, response } = await jambonz().GET("/ServiceProviders/{ServiceProviderSid}/Limits", {
      params: { path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        service_provider_limits_sid: "7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b",
        service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
        category: "voice_call_session",
        quantity: 100,
      },
    ]);
  });
});

describe("setServiceProviderLimit", () => {
  it("Set a limit of a service provider", async () => {
    const { data, response } = await jambonz().POST("/ServiceProviders/{ServiceProviderSid}/Limits", {
      params: { path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f" } },
      body: { category: "voice_call_session", quantity: 100 },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({ sid: "a36c677b-b93d-4d54-8282-d506f2819691" });
  });
});

describe("deleteServiceProviderLimits", () => {
  it("Remove limits of a service provider", async () => {
    const { data, response } = await jambonz().DELETE("/ServiceProviders/{ServiceProviderSid}/Limits", {
      params: { path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f" } },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});
