import { describe, expect, it } from "vitest";
import { LCR_CARRIER_SET_ENTRY_SID, LCR_ROUTE_SID, LCR_SID, SERVICE_PROVIDER_SID, SID, VOIP_CARRIER_SID, recorded } from "./client.js";

// Lcrs: every operation of the tag, through the client, against the Prism mock (request validation on).

const lcr = { path: { LcrSid: LCR_SID } };

describe("listLcrs", () => {
  it("lists LCR tables with their default carrier entry", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Lcrs");
    expect(response.status).toBe(200);
    expectSent("GET /Lcrs");
    expect(data?.[0]?.lcr_sid).toBe(LCR_SID);
    expect(data?.[0]?.default_carrier_set_entry_sid).toBe(LCR_CARRIER_SET_ENTRY_SID);
  });
});

describe("createLcr", () => {
  it("posts the table and answers 201 with a sid", async () => {
    const body = { name: "default routes", service_provider_sid: SERVICE_PROVIDER_SID };
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/Lcrs", { body });
    expect(response.status).toBe(201);
    expectSent("POST /Lcrs", body);
    expect(data?.sid).toMatch(SID);
  });
});

describe("getLcr", () => {
  it("decodes a provider-level table: no account, a route count", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Lcrs/{LcrSid}", { params: lcr });
    expect(response.status).toBe(200);
    expectSent(`GET /Lcrs/${LCR_SID}`);
    expect(data?.service_provider_sid).toBe(SERVICE_PROVIDER_SID);
    expect(data?.account_sid).toBeNull();
    expect(data?.number_routes).toBeTypeOf("number");
  });
});

describe("updateLcr", () => {
  it("puts the change and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.PUT("/Lcrs/{LcrSid}", { params: lcr, body: { is_active: false } });
    expect(response.status).toBe(204);
    expectSent(`PUT /Lcrs/${LCR_SID}`, { is_active: false });
    expect(data).toBeUndefined();
  });
});

describe("deleteLcr", () => {
  it("sends DELETE and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE("/Lcrs/{LcrSid}", { params: lcr });
    expect(response.status).toBe(204);
    expectSent(`DELETE /Lcrs/${LCR_SID}`);
    expect(data).toBeUndefined();
  });
});

describe("replaceLcrRoutes", () => {
  it("puts a JSON array body: routes with their carriers, as one request", async () => {
    const body = [
      {
        lcr_route_sid: LCR_ROUTE_SID,
        regex: "^1[2-9]",
        priority: 2,
        lcr_carrier_set_entries: [
          { lcr_carrier_set_entry_sid: LCR_CARRIER_SET_ENTRY_SID, voip_carrier_sid: VOIP_CARRIER_SID, workload: 2 },
        ],
      },
    ];
    const { client, expectSent } = recorded();
    const { data, response } = await client.PUT("/Lcrs/{LcrSid}/Routes", { params: lcr, body });
    expect(response.status).toBe(204);
    expectSent(`PUT /Lcrs/${LCR_SID}/Routes`, body);
    expect(data).toBeUndefined();
  });
});

describe("createLcrRoutes", () => {
  it("posts new routes, the catch-all last by priority", async () => {
    const body = [
      {
        regex: "^1[2-9]",
        priority: 1,
        description: "North America",
        lcr_carrier_set_entries: [{ voip_carrier_sid: VOIP_CARRIER_SID, priority: 1, workload: 1 }],
      },
      {
        regex: ".*",
        priority: 9999,
        description: "default route",
        lcr_carrier_set_entries: [{ voip_carrier_sid: VOIP_CARRIER_SID, priority: 1 }],
      },
    ];
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/Lcrs/{LcrSid}/Routes", { params: lcr, body });
    expect(response.status).toBe(204);
    expectSent(`POST /Lcrs/${LCR_SID}/Routes`, body);
    expect(data).toBeUndefined();
  });
});
