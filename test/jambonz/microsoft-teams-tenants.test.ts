import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Microsoft Teams Tenants: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listMsTeamsTenants", () => {
  it("List Teams tenants", async () => {
    const { data, response } = await jambonz().GET("/MicrosoftTeamsTenants");
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        ms_teams_tenant_sid: "e382c40b-16d7-4538-a4c2-d1f302134256",
        service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
        account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
        application_sid: null,
        tenant_fqdn: "customer.example.com",
      },
    ]);
  });
});

describe("createMsTeamsTenant", () => {
  it("Create a Teams tenant", async () => {
    const { data, response } = await jambonz().POST("/MicrosoftTeamsTenants", {
      body: {
        service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
        account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
        tenant_fqdn: "customer.example.com",
      },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({ sid: "a36c677b-b93d-4d54-8282-d506f2819691" });
  });
});

describe("getMsTeamsTenant", () => {
  it("Get a Teams tenant", async () => {
    const { data, response } = await jambonz().GET("/MicrosoftTeamsTenants/{TenantSid}", {
      params: { path: { TenantSid: "e382c40b-16d7-4538-a4c2-d1f302134256" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      ms_teams_tenant_sid: "e382c40b-16d7-4538-a4c2-d1f302134256",
      service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
      account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
      application_sid: null,
      tenant_fqdn: "customer.example.com",
    });
  });
});

describe("updateMsTeamsTenant", () => {
  it("Update a Teams tenant", async () => {
    const { data, response } = await jambonz().PUT("/MicrosoftTeamsTenants/{TenantSid}", {
      params: { path: { TenantSid: "e382c40b-16d7-4538-a4c2-d1f302134256" } },
      body: { application_sid: "cd5b962b-7003-47fd-8997-3aac02f8b07b" },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("deleteMsTeamsTenant", () => {
  it("Delete a Teams tenant", async () => {
    const { data, response } = await jambonz().DELETE("/MicrosoftTeamsTenants/{TenantSid}", {
      params: { path: { TenantSid: "e382c40b-16d7-4538-a4c2-d1f302134256" } },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});
