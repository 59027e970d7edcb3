import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, API_KEY_SID, SERVICE_PROVIDER_SID, recorded } from "./client.js";

// Api Keys: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listAccountApiKeys", () => {
  it("lists the account's keys, each scoped to the account alone", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Accounts/{AccountSid}/ApiKeys", { params: { path: { AccountSid: ACCOUNT_SID } } });
    expect(response.status).toBe(200);
    expectSent(`GET /Accounts/${ACCOUNT_SID}/ApiKeys`);
    expect(data?.[0]?.api_key_sid).toBe(API_KEY_SID);
    expect(data?.[0]?.account_sid).toBe(ACCOUNT_SID);
    expect(data?.[0]?.service_provider_sid).toBeNull();
  });
});

describe("createApiKey", () => {
  it("posts the owner and answers 201 with the sid and the token", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/ApiKeys", { body: { account_sid: ACCOUNT_SID } });
    expect(response.status).toBe(201);
    expectSent("POST /ApiKeys", { account_sid: ACCOUNT_SID });
    expect(data?.sid).toBe(API_KEY_SID);
    expect(typeof data?.token).toBe("string");
  });
});

describe("deleteApiKey", () => {
  it("sends DELETE with the key's sid and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE("/ApiKeys/{ApiKeySid}", { params: { path: { ApiKeySid: API_KEY_SID } } });
    expect(response.status).toBe(204);
    expectSent(`DELETE /ApiKeys/${API_KEY_SID}`);
    expect(data).toBeUndefined();
  });
});

describe("listServiceProviderApiKeys", () => {
  it("lists the provider's keys, which carry no account", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/ServiceProviders/{ServiceProviderSid}/ApiKeys", {
      params: { path: { ServiceProviderSid: SERVICE_PROVIDER_SID } },
    });
    expect(response.status).toBe(200);
    expectSent(`GET /ServiceProviders/${SERVICE_PROVIDER_SID}/ApiKeys`);
    expect(data?.[0]?.service_provider_sid).toBe(SERVICE_PROVIDER_SID);
    expect(data?.[0]?.account_sid).toBeNull();
  });
});
