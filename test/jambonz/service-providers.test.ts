import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, SERVICE_PROVIDER_SID, SID, recorded } from "./client.js";

// Service Providers: every operation of the tag, through the client, against the Prism mock (request validation on).

const provider = { path: { ServiceProviderSid: SERVICE_PROVIDER_SID } };

describe("listServiceProviders", () => {
  it("lists providers with their nullable columns", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/ServiceProviders");
    expect(response.status).toBe(200);
    expectSent("GET /ServiceProviders");
    expect(data?.[0]?.service_provider_sid).toBe(SERVICE_PROVIDER_SID);
    expect(data?.[0]?.root_domain).toBeNull();
  });
});

describe("createServiceProvider", () => {
  it("posts the name and answers 201 with a sid", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/ServiceProviders", { body: { name: "loopback sp" } });
    expect(response.status).toBe(201);
    expectSent("POST /ServiceProviders", { name: "loopback sp" });
    expect(data?.sid).toMatch(SID);
  });
});

describe("getServiceProvider", () => {
  it("substitutes the sid and decodes the provider", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/ServiceProviders/{ServiceProviderSid}", { params: provider });
    expect(response.status).toBe(200);
    expectSent(`GET /ServiceProviders/${SERVICE_PROVIDER_SID}`);
    expect(data?.service_provider_sid).toBe(SERVICE_PROVIDER_SID);
    expect(data?.registration_hook).toBeNull();
  });
});

describe("updateServiceProvider", () => {
  it("puts the change and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.PUT("/ServiceProviders/{ServiceProviderSid}", {
      params: provider,
      body: { description: "resold voice platform" },
    });
    expect(response.status).toBe(204);
    expectSent(`PUT /ServiceProviders/${SERVICE_PROVIDER_SID}`, { description: "resold voice platform" });
    expect(data).toBeUndefined();
  });
});

describe("deleteServiceProvider", () => {
  it("sends DELETE and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE("/ServiceProviders/{ServiceProviderSid}", { params: provider });
    expect(response.status).toBe(204);
    expectSent(`DELETE /ServiceProviders/${SERVICE_PROVIDER_SID}`);
    expect(data).toBeUndefined();
  });
});

describe("listServiceProviderAccounts", () => {
  it("lists the provider's accounts, each pointing back to it", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/ServiceProviders/{ServiceProviderSid}/Accounts", { params: provider });
    expect(response.status).toBe(200);
    expectSent(`GET /ServiceProviders/${SERVICE_PROVIDER_SID}/Accounts`);
    expect(data?.[0]?.account_sid).toBe(ACCOUNT_SID);
    expect(data?.[0]?.service_provider_sid).toBe(SERVICE_PROVIDER_SID);
  });
});
