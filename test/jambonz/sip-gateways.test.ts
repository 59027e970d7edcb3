import { describe, expect, it } from "vitest";
import { SID, SIP_GATEWAY_SID, VOIP_CARRIER_SID, recorded } from "./client.js";

// Sip Gateways: every operation of the tag, through the client, against the Prism mock (request validation on).

const gateway = { path: { SipGatewaySid: SIP_GATEWAY_SID } };

describe("listSipGateways", () => {
  it("filters by carrier in the query", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/SipGateways", { params: { query: { voip_carrier_sid: VOIP_CARRIER_SID } } });
    expect(response.status).toBe(200);
    expectSent(`GET /SipGateways?voip_carrier_sid=${VOIP_CARRIER_SID}`);
    expect(data?.[0]?.sip_gateway_sid).toBe(SIP_GATEWAY_SID);
    expect(data?.[0]?.voip_carrier_sid).toBe(VOIP_CARRIER_SID);
  });
});

describe("createSipGateway", () => {
  it("posts booleans for inbound/outbound, which the server stores as 0/1", async () => {
    const body = { voip_carrier_sid: VOIP_CARRIER_SID, ipv4: "203.0.113.10", port: 5060, inbound: true, outbound: true };
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/SipGateways", { body });
    expect(response.status).toBe(201);
    expectSent("POST /SipGateways", body);
    expect(data?.sid).toMatch(SID);
  });
});

describe("getSipGateway", () => {
  it("decodes the flags as 0/1 and the netmask as a number", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/SipGateways/{SipGatewaySid}", { params: gateway });
    expect(response.status).toBe(200);
    expectSent(`GET /SipGateways/${SIP_GATEWAY_SID}`);
    expect(data?.inbound).toBe(1);
    expect(data?.netmask).toBe(32);
  });
});

describe("updateSipGateway", () => {
  it("puts the change and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.PUT("/SipGateways/{SipGatewaySid}", { params: gateway, body: { port: 5080 } });
    expect(response.status).toBe(204);
    expectSent(`PUT /SipGateways/${SIP_GATEWAY_SID}`, { port: 5080 });
    expect(data).toBeUndefined();
  });
});

describe("deleteSipGateway", () => {
  it("sends DELETE and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE("/SipGateways/{SipGatewaySid}", { params: gateway });
    expect(response.status).toBe(204);
    expectSent(`DELETE /SipGateways/${SIP_GATEWAY_SID}`);
    expect(data).toBeUndefined();
  });
});
