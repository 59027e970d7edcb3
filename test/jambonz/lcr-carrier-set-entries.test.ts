import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Lcr Carrier Set Entries: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listLcrCarrierSetEntries", () => {
  it("List carrier set entrys", async () => {
    const { data, response } = await jambonz().GET("/LcrCarrierSetEntries");
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        lcr_carrier_set_entry_sid: "7d1e5a20-4c3b-4f8e-9a6d-0b2c4e6f8a13",
        workload: 1,
        lcr_route_sid: "b05f91d8-e3a4-4205-b189-aec0dfe01f23",
        voip_carrier_sid: "be132973-60a5-4e23-8cd6-b5e80ac3317c",
        priority: 1,
      },
    ]);
  });
});

describe("createLcrCarrierSetEntry", () => {
  it("Create a carrier set entry", async () => {
    const { data, response } = await jambonz().POST("/LcrCarrierSetEntries", {
      body: {
        lcr_route_sid: "b05f91d8-e3a4-4205-b189-aec0dfe01f23",
        voip_carrier_sid: "be132973-60a5-4e23-8cd6-b5e80ac3317c",
        priority: 1,
      },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({ sid: "a36c677b-b93d-4d54-8282-d506f2819691" });
  });
});

describe("getLcrCarrierSetEntry", () => {
  it("Get a carrier set entry", async () => {
    const { data, response } = await jambonz().GET("/LcrCarrierSetEntries/{LcrCarrierSetEntrySid}", {
      params: { path: { LcrCarrierSetEntrySid: "c160a2e9-f4b5-4316-82a0-bfd1e0f12034" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      lcr_carrier_set_entry_sid: "7d1e5a20-4c3b-4f8e-9a6d-0b2c4e6f8a13",
      workload: 1,
      lcr_route_sid: "b05f91d8-e3a4-4205-b189-aec0dfe01f23",
      voip_carrier_sid: "be132973-60a5-4e23-8cd6-b5e80ac3317c",
      priority: 1,
    });
  });
});

describe("updateLcrCarrierSetEntry", () => {
  it("Update a carrier set entry", async () => {
    const { data, response } = await jambonz().PUT("/LcrCarrierSetEntries/{LcrCarrierSetEntrySid}", {
      params: { path: { LcrCarrierSetEntrySid: "c160a2e9-f4b5-4316-82a0-bfd1e0f12034" } },
      body: { workload: 2 },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("deleteLcrCarrierSetEntry", () => {
  it("Delete a carrier set entry", async () => {
    const { data, response } = await jambonz().DELETE("/LcrCarrierSetEntries/{LcrCarrierSetEntrySid}", {
      params: { path: { LcrCarrierSetEntrySid: "c160a2e9-f4b5-4316-82a0-bfd1e0f12034" } },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});
