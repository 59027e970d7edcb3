import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Smpp Gateways: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listSmppGateways", () => {
  it("List SMPP gateways of a carrier", async () => {
    const { data, response } = await jambonz().GET("/SmppGateways", {
      params: { query: { voip_carrier_sid: "be132973-60a5-4e23-8cd6-b5e80ac3317c" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        smpp_gateway_sid: "5a9f3b72-8d4e-4caf-9b23-4e6a7f8b9cad",
        ipv4: "203.0.113.20",
        port: 2775,
        netmask: 32,
        is_primary: 1,
        inbound: 1,
        outbound: 1,
        use_tls: 0,
        voip_carrier_sid: "be132973-60a5-4e23-8cd6-b5e80ac3317c",
      },
    ]);
  });
});

describe("createSmppGateway", () => {
  it("Add an SMPP gateway to a carrier", async () => {
    const { data, response } = await jambonz().POST("/SmppGateways", {
      body: { voip_carrier_sid: "be132973-60a5-4e23-8cd6-b5e80ac3317c", ipv4: "203.0.113.20", port: 2775, is_primary: true },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({ sid: "a36c677b-b93d-4d54-8282-d506f2819691" });
  });
});

describe("getSmppGateway", () => {
  it("Get an SMPP gateway", async () => {
    const { data, response } = await jambonz().GET("/SmppGateways/{SmppGatewaySid}", {
      params: { path: { SmppGatewaySid: "5a9f3b72-8d4e-4caf-9b23-4e6a7f8b9cad" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      smpp_gateway_sid: "5a9f3b72-8d4e-4caf-9b23-4e6a7f8b9cad",
      ipv4: "203.0.113.20",
      port: 2775,
      netmask: 32,
      is_primary: 1,
      inbound: 1,
      outbound: 1,
      use_tls: 0,
      voip_carrier_sid: "be132973-60a5-4e23-8cd6-b5e80ac3317c",
    });
  });
});

describe("updateSmppGateway", () => {
  it("Update an SMPP gateway", async () => {
    const { data, response } = await jambonz().PUT("/SmppGateways/{SmppGatewaySid}", {
      params: { path: { SmppGatewaySid: "5a9f3b72-8d4e-4caf-9b23-4e6a7f8b9cad" } },
      body: { use_tls: true },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("deleteSmppGateway", () => {
  it("Delete an SMPP gateway", async () => {
    const { data, response } = await jambonz().DELETE("/SmppGateways/{SmppGatewaySid}", {
      params: { path: { SmppGatewaySid: "5a9f3b72-8d4e-4caf-9b23-4e6a7f8b9cad" } },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});
