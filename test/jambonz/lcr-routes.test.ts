import { describe, expect, it } from "vitest";
import { LCR_ROUTE_SID, LCR_SID, SID, VOIP_CARRIER_SID, recorded } from "./client.js";

// Lcr Routes: every operation of the tag, through the client, against the Prism mock (request validation on).

const route = { path: { LcrRouteSid: LCR_ROUTE_SID } };

describe("listLcrRoutes", () => {
  it("filters by LCR table in the query and decodes routes with their carrier entries", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/LcrRoutes", { params: { query: { lcr_sid: LCR_SID } } });
    expect(response.status).toBe(200);
    expectSent(`GET /LcrRoutes?lcr_sid=${LCR_SID}`);
    expect(data?.[0]?.lcr_sid).toBe(LCR_SID);
    expect(data?.[0]?.lcr_carrier_set_entries?.[0]?.voip_carrier_sid).toBe(VOIP_CARRIER_SID);
  });
});

describe("createLcrRoute", () => {
  it("posts the route and answers 201 with a sid", async () => {
    const body = { lcr_sid: LCR_SID, regex: "^1[2-9]", priority: 1 };
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/LcrRoutes", { body });
    expect(response.status).toBe(201);
    expectSent("POST /LcrRoutes", body);
    expect(data?.sid).toMatch(SID);
  });
});

describe("getLcrRoute", () => {
  it("decodes the route whose regex matches the dialled number", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/LcrRoutes/{LcrRouteSid}", { params: route });
    expect(response.status).toBe(200);
    expectSent(`GET /LcrRoutes/${LCR_ROUTE_SID}`);
    expect(data?.lcr_route_sid).toBe(LCR_ROUTE_SID);
    // The regex is a JavaScript-compatible pattern the server matches against the called number.
    expect(new RegExp(data?.regex ?? "$^").test("15083334444")).toBe(true);
  });
});

describe("updateLcrRoute", () => {
  it("puts the change and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.PUT("/LcrRoutes/{LcrRouteSid}", { params: route, body: { priority: 2 } });
    expect(response.status).toBe(204);
    expectSent(`PUT /LcrRoutes/${LCR_ROUTE_SID}`, { priority: 2 });
    expect(data).toBeUndefined();
  });
});

describe("deleteLcrRoute", () => {
  it("sends DELETE and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE("/LcrRoutes/{LcrRouteSid}", { params: route });
    expect(response.status).toBe(204);
    expectSent(`DELETE /LcrRoutes/${LCR_ROUTE_SID}`);
    expect(data).toBeUndefined();
  });
});
