import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Lcr Routes: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listLcrRoutes", () => {
  it("List LCR routes", async () => {
    const { data, response } = await jambonz().GET("/LcrRoutes", {
      params: { query: { lcr_sid: "af4e80c7-d293-41f4-a078-9dbfcedf0e12" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        lcr_route_sid: "b05f91d8-e3a4-4205-b189-aec0dfe01f23",
        lcr_sid: "af4e80c7-d293-41f4-a078-9dbfcedf0e12",
        regex: "^1[2-9]",
        description: "North America",
        priority: 1,
        lcr_carrier_set_entries: [
          {
            lcr_carrier_set_entry_sid: "7d1e5a20-4c3b-4f8e-9a6d-0b2c4e6f8a13",
            workload: 1,
            lcr_route_sid: "b05f91d8-e3a4-4205-b189-aec0dfe01f23",
            voip_carrier_sid: "be132973-60a5-4e23-8cd6-b5e80ac3317c",
            priority: 1,
          },
        ],
      },
    ]);
  });
});

describe("createLcrRoute", () => {
  it("Create a LCR route", async () => {
    const { data, response } = await jambonz().POST("/LcrRoutes", {
      body: { lcr_sid: "af4e80c7-d293-41f4-a078-9dbfcedf0e12", regex: "^1[2-9]", priority: 1 },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({ sid: "a36c677b-b93d-4d54-8282-d506f2819691" });
  });
});

describe("getLcrRoute", () => {
  it("Get a LCR route", async () => {
    const { data, response } = await jambonz().GET("/LcrRoutes/{LcrRouteSid}", {
      params: { path: { LcrRouteSid: "b05f91d8-e3a4-4205-b189-aec0dfe01f23" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      lcr_route_sid: "b05f91d8-e3a4-4205-b189-aec0dfe01f23",
      lcr_sid: "af4e80c7-d293-41f4-a078-9dbfcedf0e12",
      regex: "^1[2-9]",
      description: "North America",
      priority: 1,
      lcr_carrier_set_entries: [
        {
          lcr_carrier_set_entry_sid: "7d1e5a20-4c3b-4f8e-9a6d-0b2c4e6f8a13",
          workload: 1,
          lcr_route_sid: "b05f91d8-e3a4-4205-b189-aec0dfe01f23",
          voip_carrier_sid: "be132973-60a5-4e23-8cd6-b5e80ac3317c",
          priority: 1,
        },
      ],
    });
  });
});

describe("updateLcrRoute", () => {
  it("Update a LCR route", async () => {
    const { data, response } = await jambonz().PUT("/LcrRoutes/{LcrRouteSid}", {
      params: { path: { LcrRouteSid: "b05f91d8-e3a4-4205-b189-aec0dfe01f23" } },
      body: { priority: 2 },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("deleteLcrRoute", () => {
  it("Delete a LCR route", async () => {
    const { data, response } = await jambonz().DELETE("/LcrRoutes/{LcrRouteSid}", {
      params: { path: { LcrRouteSid: "b05f91d8-e3a4-4205-b189-aec0dfe01f23" } },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});
