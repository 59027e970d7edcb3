import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Predefined Carriers: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("createVoipCarrierFromTemplate", () => {
  it("Create a carrier from a template", async () => {
    const { data, response } = await jambonz().POST("/Accounts/{AccountSid}/PredefinedCarriers/{PredefinedCarrierSid}", {
      params: {
        path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691", PredefinedCarrierSid: "9e3d7fb6-c182-40e3-9f67-8caebdcfd0e1" },
      },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({ sid: "a36c677b-b93d-4d54-8282-d506f2819691" });
  });
});

describe("listPredefinedCarriers", () => {
  it("List carrier templates", async () => {
    const { data, response } = await jambonz().GET("/PredefinedCarriers");
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        predefined_carrier_sid: "7d509a18-bbff-4c5d-b21e-b99bf8f8c49a",
        name: "Twilio",
        requires_static_ip: 0,
        e164_leading_plus: 1,
        requires_register: 0,
        register_username: "<your-twilio-credential-username>",
        register_sip_realm: null,
        register_password: "<your-twilio-credential-password>",
        tech_prefix: null,
        inbound_auth_username: null,
        inbound_auth_password: null,
        diversion: null,
        trunk_type: "static_ip",
      },
      {
        predefined_carrier_sid: "541ef8ec-0524-4a1d-b9c4-2a672764992e",
        name: "Retell",
        requires_static_ip: 0,
        e164_leading_plus: 1,
        requires_register: 0,
        register_username: null,
        register_sip_realm: null,
        register_password: null,
        tech_prefix: null,
        inbound_auth_username: "<your-retell-auth-username>",
        inbound_auth_password: "<your-retell-auth-password>",
        diversion: null,
        trunk_type: "auth",
      },
    ]);
  });
});

describe("createVoipCarrierFromTemplateBySP", () => {
  it("Create a provider carrier from a template", async () => {
    const { data, response } = await jambonz().POST("/ServiceProviders/{ServiceProviderSid}/PredefinedCarriers/{PredefinedCarrierSid}", {
      params: {
        path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f", PredefinedCarrierSid: "9e3d7fb6-c182-40e3-9f67-8caebdcfd0e1" },
      },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({ sid: "a36c677b-b93d-4d54-8282-d506f2819691" });
  });
});
