import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, SERVICE_PROVIDER_SID, SID, recorded } from "./client.js";

// Limits: every operation of the tag, through the client, against the Prism mock (request validation on).

const account = { path: { AccountSid: ACCOUNT_SID } };
const provider = { path: { ServiceProviderSid: SERVICE_PROVIDER_SID } };

describe("listAccountLimits", () => {
  it("decodes the account's limits by category", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Accounts/{AccountSid}/Limits", { params: account });
    expect(response.status).toBe(200);
    expectSent(`GET /Accounts/${ACCOUNT_SID}/Limits`);
    expect(data?.[0]?.account_sid).toBe(ACCOUNT_SID);
    expect(data?.[0]?.category).toBe("voice_call_session");
  });
});

describe("setAccountLimit", () => {
  it("posts category and quantity and answers 201 with a sid", async () => {
    const body = { category: "voice_call_session", quantity: 10 } as const;
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/Accounts/{AccountSid}/Limits", { params: account, body });
    expect(response.status).toBe(201);
    expectSent(`POST /Accounts/${ACCOUNT_SID}/Limits`, body);
    expect(data?.sid).toMatch(SID);
  });
});

describe("deleteAccountLimits", () => {
  it("sends DELETE and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE("/Accounts/{AccountSid}/Limits", { params: account });
    expect(response.status).toBe(204);
    expectSent(`DELETE /Accounts/${ACCOUNT_SID}/Limits`);
    expect(data).toBeUndefined();
  });
});

describe("listServiceProviderLimits", () => {
  it("decodes the provider's limits, keyed by their own sid column", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/ServiceProviders/{ServiceProviderSid}/Limits", { params: provider });
    expect(response.status).toBe(200);
    expectSent(`GET /ServiceProviders/${SERVICE_PROVIDER_SID}/Limits`);
    expect(data?.[0]?.service_provider_sid).toBe(SERVICE_PROVIDER_SID);
    expect(data?.[0]?.service_provider_limits_sid).toMatch(SID);
  });
});

describe("setServiceProviderLimit", () => {
  it("posts category and quantity and answers 201 with a sid", async () => {
    const body = { category: "voice_call_session", quantity: 100 } as const;
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/ServiceProviders/{ServiceProviderSid}/Limits", { params: provider, body });
    expect(response.status).toBe(201);
    expectSent(`POST /ServiceProviders/${SERVICE_PROVIDER_SID}/Limits`, body);
    expect(data?.sid).toMatch(SID);
  });
});

describe("deleteServiceProviderLimits", () => {
  it("sends DELETE and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE("/ServiceProviders/{ServiceProviderSid}/Limits", { params: provider });
    expect(response.status).toBe(204);
    expectSent(`DELETE /ServiceProviders/${SERVICE_PROVIDER_SID}/Limits`);
    expect(data).toBeUndefined();
  });
});
