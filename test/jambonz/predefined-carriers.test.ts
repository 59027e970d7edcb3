import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, PREDEFINED_CARRIER_SID, SERVICE_PROVIDER_SID, SID, recorded } from "./client.js";

// Predefined Carriers: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("createVoipCarrierFromTemplate", () => {
  it("names account and template in the path, sends no body, answers 201", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/Accounts/{AccountSid}/PredefinedCarriers/{PredefinedCarrierSid}", {
      params: { path: { AccountSid: ACCOUNT_SID, PredefinedCarrierSid: PREDEFINED_CARRIER_SID } },
    });
    expect(response.status).toBe(201);
    expectSent(`POST /Accounts/${ACCOUNT_SID}/PredefinedCarriers/${PREDEFINED_CARRIER_SID}`);
    expect(data?.sid).toMatch(SID);
  });
});

describe("listPredefinedCarriers", () => {
  it("decodes templates of both trunk types, credentials as placeholders", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/PredefinedCarriers");
    expect(response.status).toBe(200);
    expectSent("GET /PredefinedCarriers");
    expect(data?.map((c) => c.trunk_type).sort()).toEqual(["auth", "static_ip"]);
    // A template carries placeholders for the user's own credentials, never real ones.
    const auth = data?.find((c) => c.trunk_type === "auth");
    expect(auth?.inbound_auth_password).toMatch(/^<.*>$/);
  });
});

describe("createVoipCarrierFromTemplateBySP", () => {
  it("names provider and template in the path, sends no body, answers 201", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/ServiceProviders/{ServiceProviderSid}/PredefinedCarriers/{PredefinedCarrierSid}", {
      params: { path: { ServiceProviderSid: SERVICE_PROVIDER_SID, PredefinedCarrierSid: PREDEFINED_CARRIER_SID } },
    });
    expect(response.status).toBe(201);
    expectSent(`POST /ServiceProviders/${SERVICE_PROVIDER_SID}/PredefinedCarriers/${PREDEFINED_CARRIER_SID}`);
    expect(data?.sid).toMatch(SID);
  });
});
