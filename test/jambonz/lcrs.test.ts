import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Lcrs: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listLcrs", () => {
  it("List LCR tables", async () => {
    const { data, response } = await jambonz().GET("/Lcrs");
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        lcr_sid: "af4e80c7-d293-41f4-a078-9dbfcedf0e12",
        name: "default routes",
        is_active: 1,
        default_carrier_set_entry_sid: "c160a2e9-f4b5-4316-82a0-bfd1e0f12034",
        service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
        account_sid: null,
        number_routes: 2,
      },
    ]);
  });
});

describe("createLcr", () => {
  it("Create a LCR table", async () => {
    const { data, response } = await jambonz().POST("/Lcrs", {
      body: { name: "default routes", service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f" },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({ sid: "a36c677b-b93d-4d54-8282-d506f2819691" });
  });
});

describe("getLcr", () => {
  it("Get a LCR table", async () => {
    const { data, response } = await jambonz().GET("/Lcrs/{LcrSid}", {
      params: { path: { LcrSid: "af4e80c7-d293-41f4-a078-9dbfcedf0e12" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      lcr_sid: "af4e80c7-d293-41f4-a078-9dbfcedf0e12",
      name: "default routes",
      is_active: 1,
      default_carrier_set_entry_sid: "c160a2e9-f4b5-4316-82a0-bfd1e0f12034",
      service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
      account_sid: null,
      number_routes: 2,
    });
  });
});

describe("updateLcr", () => {
  it("Update a LCR table", async () => {
    const { data, response } = await jambonz().PUT("/Lcrs/{LcrSid}", {
      params: { path: { LcrSid: "af4e80c7-d293-41f4-a078-9dbfcedf0e12" } },
      body: { is_active: false },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("deleteLcr", () => {
  it("Delete a LCR table", async () => {
    const { data, response } = await jambonz().DELETE("/Lcrs/{LcrSid}", {
      params: { path: { LcrSid: "af4e80c7-d293-41f4-a078-9dbfcedf0e12" } },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("replaceLcrRoutes", () => {
  it("Update routes with their carriers", async () => {
    const { data, response } = await jambonz().PUT("/Lcrs/{LcrSid}/Routes", {
      params: { path: { LcrSid: "af4e80c7-d293-41f4-a078-9dbfcedf0e12" } },
      body: [
        {
          lcr_route_sid: "b05f91d8-e3a4-4205-b189-aec0dfe01f23",
          regex: "^1[2-9]",
          priority: 2,
          lcr_carrier_set_entries: [
            {
              lcr_carrier_set_entry_sid: "c160a2e9-f4b5-4316-82a0-bfd1e0f12034",
              voip_carrier_sid: "be132973-60a5-4e23-8cd6-b5e80ac3317c",
              workload: 2,
            },
          ],
        },
      ],
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("createLcrRoutes", () => {
  it("Create routes with their carriers", async () => {
    const { data, response } = await jambonz().POST("/Lcrs/{LcrSid}/Routes", {
      params: { path: { LcrSid: "af4e80c7-d293-41f4-a078-9dbfcedf0e12" } },
      body: [
        {
          regex: "^1[2-9]",
          priority: 1,
          description: "North America",
          lcr_carrier_set_entries: [{ voip_carrier_sid: "be132973-60a5-4e23-8cd6-b5e80ac3317c", priority: 1, workload: 1 }],
        },
        {
          regex: ".*",
          priority: 9999,
          description: "default route",
          lcr_carrier_set_entries: [{ voip_carrier_sid: "be132973-60a5-4e23-8cd6-b5e80ac3317c", priority: 1 }],
        },
      ],
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});
