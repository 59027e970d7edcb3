import { describe, expect, it } from "vitest";
import { SID, SMPP_GATEWAY_SID, VOIP_CARRIER_SID, recorded } from "./client.js";

// Smpp Gateways: every operation of the tag, through the client, against the Prism mock (request validation on).

const gateway = { path: { SmppGatewaySid: SMPP_GATEWAY_SID } };

describe("listSmppGateways", () => {
  it("filters by carrier in the query", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/SmppGateways", { params: { query: { voip_carrier_sid: VOIP_CARRIER_SID } } });
    expect(response.status).toBe(200);
    expectSent(`GET /SmppGateways?voip_carrier_sid=${VOIP_CARRIER_SID}`);
    expect(data?.[0]?.smpp_gateway_sid).toBe(SMPP_GATEWAY_SID);
    expect(data?.[0]?.voip_carrier_sid).toBe(VOIP_CARRIER_SID);
  });
});

describe("createSmppGateway", () => {
  it("posts the gateway and answers 201 with a sid", async () => {
    const body = { voip_carrier_sid: VOIP_CARRIER_SID, ipv4: "203.0.113.20", port: 2775, is_primary: true };
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/SmppGateways", { body });
    expect(response.status).toBe(201);
    expectSent("POST /SmppGateways", body);
    expect(data?.sid).toMatch(SID);
  });
});

describe("getSmppGateway", () => {
  it("decodes the gateway on the SMPP port with 0/1 flags", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/SmppGateways/{SmppGatewaySid}", { params: gateway });
    expect(response.status).toBe(200);
    expectSent(`GET /SmppGateways/${SMPP_GATEWAY_SID}`);
    expect(data?.port).toBe(2775);
    expect(data?.use_tls).toBe(0);
  });
});

describe("updateSmppGateway", () => {
  it("puts the change and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.PUT("/SmppGateways/{SmppGatewaySid}", { params: gateway, body: { use_tls: true } });
    expect(response.status).toBe(204);
    expectSent(`PUT /SmppGateways/${SMPP_GATEWAY_SID}`, { use_tls: true });
    expect(data).toBeUndefined();
  });
});

describe("deleteSmppGateway", () => {
  it("sends DELETE and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE("/SmppGateways/{SmppGatewaySid}", { params: gateway });
    expect(response.status).toBe(204);
    expectSent(`DELETE /SmppGateways/${SMPP_GATEWAY_SID}`);
    expect(data).toBeUndefined();
  });
});
