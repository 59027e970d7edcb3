import { describe, expect, it } from "vitest";
import { LCR_CARRIER_SET_ENTRY_SID, LCR_ROUTE_SID, SID, VOIP_CARRIER_SID, recorded } from "./client.js";

// Lcr Carrier Set Entries: every operation of the tag, through the client, against the Prism mock (request validation on).

const entry = { path: { LcrCarrierSetEntrySid: LCR_CARRIER_SET_ENTRY_SID } };

describe("listLcrCarrierSetEntries", () => {
  it("lists entries that tie a route to a carrier", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/LcrCarrierSetEntries");
    expect(response.status).toBe(200);
    expectSent("GET /LcrCarrierSetEntries");
    expect(data?.[0]?.lcr_route_sid).toBe(LCR_ROUTE_SID);
    expect(data?.[0]?.voip_carrier_sid).toBe(VOIP_CARRIER_SID);
  });
});

describe("createLcrCarrierSetEntry", () => {
  it("posts the entry and answers 201 with a sid", async () => {
    const body = { lcr_route_sid: LCR_ROUTE_SID, voip_carrier_sid: VOIP_CARRIER_SID, priority: 1 };
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/LcrCarrierSetEntries", { body });
    expect(response.status).toBe(201);
    expectSent("POST /LcrCarrierSetEntries", body);
    expect(data?.sid).toMatch(SID);
  });
});

describe("getLcrCarrierSetEntry", () => {
  it("substitutes the entry sid and decodes its numeric priority and workload", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/LcrCarrierSetEntries/{LcrCarrierSetEntrySid}", { params: entry });
    expect(response.status).toBe(200);
    expectSent(`GET /LcrCarrierSetEntries/${LCR_CARRIER_SET_ENTRY_SID}`);
    expect(data?.lcr_route_sid).toBe(LCR_ROUTE_SID);
    expect(typeof data?.priority === "number" && typeof data.workload === "number").toBe(true);
  });
});

describe("updateLcrCarrierSetEntry", () => {
  it("puts the change and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.PUT("/LcrCarrierSetEntries/{LcrCarrierSetEntrySid}", { params: entry, body: { workload: 2 } });
    expect(response.status).toBe(204);
    expectSent(`PUT /LcrCarrierSetEntries/${LCR_CARRIER_SET_ENTRY_SID}`, { workload: 2 });
    expect(data).toBeUndefined();
  });
});

describe("deleteLcrCarrierSetEntry", () => {
  it("sends DELETE and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE("/LcrCarrierSetEntries/{LcrCarrierSetEntrySid}", { params: entry });
    expect(response.status).toBe(204);
    expectSent(`DELETE /LcrCarrierSetEntries/${LCR_CARRIER_SET_ENTRY_SID}`);
    expect(data).toBeUndefined();
  });
});
