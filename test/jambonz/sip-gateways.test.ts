import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Sip Gateways: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listSipGateways", () => {
  it("List SIP gateways of a carrier", async () => {
    const { data, response } = await jambonz().GET("/SipGateways", {
      params: { query: { voip_carrier_sid: "be132973-60a5-4e23-8cd6-b5e80ac3317c" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        sip_gateway_sid: "4f8e2a61-7c3d-4b9e-8a12-3d5f6e7a8b9c",
        ipv4: "203.0.113.10",
        netmask: 32,
        port: 5060,
        inbound: 1,
        outbound: 1,
        voip_carrier_sid: "be132973-60a5-4e23-8cd6-b5e80ac3317c",
        is_active: 1,
        send_options_ping: 0,
        use_sips_scheme: 0,
        pad_crypto: 0,
        protocol: "udp",
        remove_ice: 0,
        dtls_off: 0,
      },
    ]);
  });
});

describe("createSipGateway", () => {
  it("Add a SIP gateway to a carrier", async () => {
    const { data, response } = await jambonz().POST("/SipGateways", {
      body: { voip_carrier_sid: "be132973-60a5-4e23-8cd6-b5e80ac3317c", ipv4: "203.0.113.10", port: 5060, inbound: true, outbound: true },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({ sid: "a36c677b-b93d-4d54-8282-d506f2819691" });
  });
});

describe("getSipGateway", () => {
  it("Get a SIP gateway", async () => {
    const { data, response } = await jambonz().GET("/SipGateways/{SipGatewaySid}", {
      params: { path: { SipGatewaySid: "4f8e2a61-7c3d-4b9e-8a12-3d5f6e7a8b9c" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      sip_gateway_sid: "4f8e2a61-7c3d-4b9e-8a12-3d5f6e7a8b9c",
      ipv4: "203.0.113.10",
      netmask: 32,
      port: 5060,
      inbound: 1,
      outbound: 1,
      voip_carrier_sid: "be132973-60a5-4e23-8cd6-b5e80ac3317c",
      is_active: 1,
      send_options_ping: 0,
      use_sips_scheme: 0,
      pad_crypto: 0,
      protocol: "udp",
      remove_ice: 0,
      dtls_off: 0,
    });
  });
});

describe("updateSipGateway", () => {
  it("Update a SIP gateway", async () => {
    const { data, response } = await jambonz().PUT("/SipGateways/{SipGatewaySid}", {
      params: { path: { SipGatewaySid: "4f8e2a61-7c3d-4b9e-8a12-3d5f6e7a8b9c" } },
      body: { port: 5080 },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("deleteSipGateway", () => {
  it("Delete a SIP gateway", async () => {
    const { data, response } = await jambonz().DELETE("/SipGateways/{SipGatewaySid}", {
      params: { path: { SipGatewaySid: "4f8e2a61-7c3d-4b9e-8a12-3d5f6e7a8b9c" } },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});
