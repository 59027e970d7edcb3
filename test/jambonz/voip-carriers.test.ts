import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Voip Carriers: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listAccountVoipCarriers", () => {
  it("List carriers of an account", async () => {
    const { data, response } = await jambonz().GET("/Accounts/{AccountSid}/VoipCarriers", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        voip_carrier_sid: "be132973-60a5-4e23-8cd6-b5e80ac3317c",
        name: "loopback carrier",
        description: null,
        account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
        service_provider_sid: null,
        application_sid: null,
        e164_leading_plus: 1,
        requires_register: 0,
        register_username: null,
        register_sip_realm: null,
        register_password: null,
        tech_prefix: null,
        inbound_auth_username: null,
        inbound_auth_password: null,
        diversion: null,
        is_active: 1,
        created_at: "2026-11-22T16:31:44.000Z",
        smpp_system_id: null,
        smpp_password: null,
        smpp_enquire_link_interval: 0,
        smpp_inbound_system_id: null,
        smpp_inbound_password: null,
        register_from_user: null,
        register_from_domain: null,
        register_public_ip_in_contact: 0,
        register_status: {},
        dtmf_type: "rfc2833",
        outbound_sip_proxy: null,
        trunk_type: "static_ip",
      },
    ]);
  });
});

describe("createAccountVoipCarrier", () => {
  it("Create a carrier for an account", async () => {
    const { data, response } = await jambonz().POST("/Accounts/{AccountSid}/VoipCarriers", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } },
      body: { name: "loopback carrier", e164_leading_plus: true },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({ sid: "a36c677b-b93d-4d54-8282-d506f2819691" });
  });
});

describe("updateAccountVoipCarrier", () => {
  it("Update an account's carrier", async () => {
    const { data, response } = await jambonz().PUT("/Accounts/{AccountSid}/VoipCarriers/{VoipCarrierSid}", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691", VoipCarrierSid: "be132973-60a5-4e23-8cd6-b5e80ac3317c" } },
      body: { is_active: false },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("listVoipCarriers", () => {
  it("List carriers", async () => {
    const { data, response } = await jambonz().GET("/VoipCarriers");
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        voip_carrier_sid: "be132973-60a5-4e23-8cd6-b5e80ac3317c",
        name: "loopback carrier",
        description: null,
        account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
        service_provider_sid: null,
        application_sid: null,
        e164_leading_plus: 1,
        requires_register: 0,
        register_username: null,
        register_sip_realm: null,
        register_password: null,
        tech_prefix: null,
        inbound_auth_username: null,
        inbound_auth_password: null,
        diversion: null,
        is_active: 1,
        created_at: "2026-11-22T16:31:44.000Z",
        smpp_system_id: null,
        smpp_password: null,
        smpp_enquire_link_interval: 0,
        smpp_inbound_system_id: null,
        smpp_inbound_password: null,
        register_from_user: null,
        register_from_domain: null,
        register_public_ip_in_contact: 0,
        register_status: {},
        dtmf_type: "rfc2833",
        outbound_sip_proxy: null,
        trunk_type: "static_ip",
      },
    ]);
  });
});

describe("createVoipCarrier", () => {
  it("Create a carrier", async () => {
    const { data, response } = await jambonz().POST("/VoipCarriers", {
      body: { name: "loopback carrier", account_sid: "a36c677b-b93d-4d54-8282-d506f2819691", e164_leading_plus: true },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({ sid: "a36c677b-b93d-4d54-8282-d506f2819691" });
  });
});

describe("getVoipCarrier", () => {
  it("Get a carrier", async () => {
    const { data, response } = await jambonz().GET("/VoipCarriers/{VoipCarrierSid}", {
      params: { path: { VoipCarrierSid: "be132973-60a5-4e23-8cd6-b5e80ac3317c" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      voip_carrier_sid: "be132973-60a5-4e23-8cd6-b5e80ac3317c",
      name: "loopback carrier",
      description: null,
      account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
      service_provider_sid: null,
      application_sid: null,
      e164_leading_plus: 1,
      requires_register: 0,
      register_username: null,
      register_sip_realm: null,
      register_password: null,
      tech_prefix: null,
      inbound_auth_username: null,
      inbound_auth_password: null,
      diversion: null,
      is_active: 1,
      created_at: "2026-11-22T16:31:44.000Z",
      smpp_system_id: null,
      smpp_password: null,
      smpp_enquire_link_interval: 0,
      smpp_inbound_system_id: null,
      smpp_inbound_password: null,
      register_from_user: null,
      register_from_domain: null,
      register_public_ip_in_contact: 0,
      register_status: {},
      dtmf_type: "rfc2833",
      outbound_sip_proxy: null,
      trunk_type: "static_ip",
    });
  });
});

describe("updateVoipCarrier", () => {
  it("Update a carrier", async () => {
    const { data, response } = await jambonz().PUT("/VoipCarriers/{VoipCarrierSid}", {
      params: { path: { VoipCarrierSid: "be132973-60a5-4e23-8cd6-b5e80ac3317c" } },
      body: { description: "primary trunk" },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("deleteVoipCarrier", () => {
  it("Delete a carrier", async () => {
    const { data, response } = await jambonz().DELETE("/VoipCarriers/{VoipCarrierSid}", {
      params: { path: { VoipCarrierSid: "be132973-60a5-4e23-8cd6-b5e80ac3317c" } },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("listServiceProviderVoipCarriers", () => {
  it("List carriers of a service provider", async () => {
    const { data, response } = await jambonz().GET("/ServiceProviders/{ServiceProviderSid}/VoipCarriers", {
      params: { path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        voip_carrier_sid: "0c7a5f3e-2b1d-4c8e-9f6a-7b8c9d0e1f2a",
        name: "provider trunk",
        description: null,
        account_sid: null,
        service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
        application_sid: null,
        e164_leading_plus: 1,
        requires_register: 0,
        register_username: null,
        register_sip_realm: null,
        register_password: null,
        tech_prefix: null,
        inbound_auth_username: null,
        inbound_auth_password: null,
        diversion: null,
        is_active: 1,
        created_at: "2026-11-22T16:31:44.000Z",
        smpp_system_id: null,
        smpp_password: null,
        smpp_enquire_link_interval: 0,
        smpp_inbound_system_id: null,
        smpp_inbound_password: null,
        register_from_user: null,
        register_from_domain: null,
        register_public_ip_in_contact: 0,
        register_status: {},
        dtmf_type: "rfc2833",
        outbound_sip_proxy: null,
        trunk_type: "static_ip",
      },
    ]);
  });
});

describe("createServiceProviderVoipCarrier", () => {
  it("Create a carrier for a service provider", async () => {
    const { data, response } = await jambonz().POST("/ServiceProviders/{ServiceProviderSid}/VoipCarriers", {
      params: { path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f" } },
      body: { name: "provider trunk", e164_leading_plus: true },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({ sid: "a36c677b-b93d-4d54-8282-d506f2819691" });
  });
});

describe("updateServiceProviderVoipCarrier", () => {
  it("Update a service provider's carrier", async () => {
    const { data, response } = await jambonz().PUT("/ServiceProviders/{ServiceProviderSid}/VoipCarriers/{VoipCarrierSid}", {
      params: {
        path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f", VoipCarrierSid: "be132973-60a5-4e23-8cd6-b5e80ac3317c" },
      },
      body: { is_active: true },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});
