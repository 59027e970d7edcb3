import type { JambonzSchema } from "@callspec/jambonz";
import { describe, expect, expectTypeOf, it } from "vitest";
import { ACCOUNT_SID, SERVICE_PROVIDER_SID, SID, VOIP_CARRIER_SID, recorded } from "./client.js";

// Voip Carriers: every operation of the tag, through the client, against the Prism mock (request validation on).

type Carrier = JambonzSchema<"VoipCarrier">;
const carrier = { path: { VoipCarrierSid: VOIP_CARRIER_SID } };
const carriers = (data: Carrier[] | JambonzSchema<"VoipCarriersPage"> | undefined) => (Array.isArray(data) ? data : []);

describe("listAccountVoipCarriers", () => {
  it("answers a bare array without `page`, carriers owned by the account", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Accounts/{AccountSid}/VoipCarriers", { params: { path: { AccountSid: ACCOUNT_SID } } });
    expect(response.status).toBe(200);
    expectSent(`GET /Accounts/${ACCOUNT_SID}/VoipCarriers`);
    expect(Array.isArray(data)).toBe(true);
    expect(carriers(data)[0]?.account_sid).toBe(ACCOUNT_SID);
    expect(carriers(data)[0]?.service_provider_sid).toBeNull();
  });
});

describe("createAccountVoipCarrier", () => {
  it("posts the carrier under the account and answers 201 with a sid", async () => {
    const body = { name: "loopback carrier", e164_leading_plus: true };
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/Accounts/{AccountSid}/VoipCarriers", {
      params: { path: { AccountSid: ACCOUNT_SID } },
      body,
    });
    expect(response.status).toBe(201);
    expectSent(`POST /Accounts/${ACCOUNT_SID}/VoipCarriers`, body);
    expect(data?.sid).toMatch(SID);
  });
});

describe("updateAccountVoipCarrier", () => {
  it("puts both sids in the path and the change in the body", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.PUT("/Accounts/{AccountSid}/VoipCarriers/{VoipCarrierSid}", {
      params: { path: { AccountSid: ACCOUNT_SID, VoipCarrierSid: VOIP_CARRIER_SID } },
      body: { is_active: false },
    });
    expect(response.status).toBe(204);
    expectSent(`PUT /Accounts/${ACCOUNT_SID}/VoipCarriers/${VOIP_CARRIER_SID}`, { is_active: false });
    expect(data).toBeUndefined();
  });
});

describe("listVoipCarriers", () => {
  it("decodes carriers with the register status as an object", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/VoipCarriers");
    expect(response.status).toBe(200);
    expectSent("GET /VoipCarriers");
    expect(carriers(data)[0]?.voip_carrier_sid).toBe(VOIP_CARRIER_SID);
    // The server parses the stored JSON column: an object even when the carrier never registered.
    expect(carriers(data)[0]?.register_status).toBeTypeOf("object");
  });
});

describe("createVoipCarrier", () => {
  it("posts the carrier with its owner in the body", async () => {
    const body = { name: "loopback carrier", account_sid: ACCOUNT_SID, e164_leading_plus: true };
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/VoipCarriers", { body });
    expect(response.status).toBe(201);
    expectSent("POST /VoipCarriers", body);
    expect(data?.sid).toMatch(SID);
  });
});

describe("getVoipCarrier", () => {
  it("substitutes the sid and decodes one carrier", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/VoipCarriers/{VoipCarrierSid}", { params: carrier });
    expect(response.status).toBe(200);
    expectSent(`GET /VoipCarriers/${VOIP_CARRIER_SID}`);
    expectTypeOf(data!).toEqualTypeOf<Carrier>();
    expect(data?.voip_carrier_sid).toBe(VOIP_CARRIER_SID);
    expect(data?.e164_leading_plus).toBe(1);
  });
});

describe("updateVoipCarrier", () => {
  it("puts the change and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.PUT("/VoipCarriers/{VoipCarrierSid}", {
      params: carrier,
      body: { description: "primary trunk" },
    });
    expect(response.status).toBe(204);
    expectSent(`PUT /VoipCarriers/${VOIP_CARRIER_SID}`, { description: "primary trunk" });
    expect(data).toBeUndefined();
  });
});

describe("deleteVoipCarrier", () => {
  it("sends DELETE and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE("/VoipCarriers/{VoipCarrierSid}", { params: carrier });
    expect(response.status).toBe(204);
    expectSent(`DELETE /VoipCarriers/${VOIP_CARRIER_SID}`);
    expect(data).toBeUndefined();
  });
});

describe("listServiceProviderVoipCarriers", () => {
  it("lists the provider's own carriers, which have no account", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/ServiceProviders/{ServiceProviderSid}/VoipCarriers", {
      params: { path: { ServiceProviderSid: SERVICE_PROVIDER_SID } },
    });
    expect(response.status).toBe(200);
    expectSent(`GET /ServiceProviders/${SERVICE_PROVIDER_SID}/VoipCarriers`);
    expect(carriers(data)[0]?.service_provider_sid).toBe(SERVICE_PROVIDER_SID);
    expect(carriers(data)[0]?.account_sid).toBeNull();
  });
});

describe("createServiceProviderVoipCarrier", () => {
  it("posts the carrier under the provider", async () => {
    const body = { name: "provider trunk", e164_leading_plus: true };
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/ServiceProviders/{ServiceProviderSid}/VoipCarriers", {
      params: { path: { ServiceProviderSid: SERVICE_PROVIDER_SID } },
      body,
    });
    expect(response.status).toBe(201);
    expectSent(`POST /ServiceProviders/${SERVICE_PROVIDER_SID}/VoipCarriers`, body);
    expect(data?.sid).toMatch(SID);
  });
});

describe("updateServiceProviderVoipCarrier", () => {
  it("puts both sids in the path", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.PUT("/ServiceProviders/{ServiceProviderSid}/VoipCarriers/{VoipCarrierSid}", {
      params: { path: { ServiceProviderSid: SERVICE_PROVIDER_SID, VoipCarrierSid: VOIP_CARRIER_SID } },
      body: { is_active: true },
    });
    expect(response.status).toBe(204);
    expectSent(`PUT /ServiceProviders/${SERVICE_PROVIDER_SID}/VoipCarriers/${VOIP_CARRIER_SID}`, { is_active: true });
    expect(data).toBeUndefined();
  });
});
