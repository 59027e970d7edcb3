import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, APPLICATION_SID, MS_TEAMS_TENANT_SID, SERVICE_PROVIDER_SID, SID, recorded } from "./client.js";

// Microsoft Teams Tenants: every operation of the tag, through the client, against the Prism mock (request validation on).

const tenant = { path: { TenantSid: MS_TEAMS_TENANT_SID } };

describe("listMsTeamsTenants", () => {
  it("lists tenants with their FQDN and owner", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/MicrosoftTeamsTenants");
    expect(response.status).toBe(200);
    expectSent("GET /MicrosoftTeamsTenants");
    expect(data?.[0]?.ms_teams_tenant_sid).toBe(MS_TEAMS_TENANT_SID);
    expect(data?.[0]?.account_sid).toBe(ACCOUNT_SID);
  });
});

describe("createMsTeamsTenant", () => {
  it("posts the tenant and answers 201 with a sid", async () => {
    const body = { service_provider_sid: SERVICE_PROVIDER_SID, account_sid: ACCOUNT_SID, tenant_fqdn: "customer.example.com" };
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/MicrosoftTeamsTenants", { body });
    expect(response.status).toBe(201);
    expectSent("POST /MicrosoftTeamsTenants", body);
    expect(data?.sid).toMatch(SID);
  });
});

describe("getMsTeamsTenant", () => {
  it("decodes a tenant not yet routed to an application", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/MicrosoftTeamsTenants/{TenantSid}", { params: tenant });
    expect(response.status).toBe(200);
    expectSent(`GET /MicrosoftTeamsTenants/${MS_TEAMS_TENANT_SID}`);
    expect(data?.tenant_fqdn).toBe("customer.example.com");
    expect(data?.application_sid).toBeNull();
  });
});

describe("updateMsTeamsTenant", () => {
  it("puts the application to route to and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.PUT("/MicrosoftTeamsTenants/{TenantSid}", {
      params: tenant,
      body: { application_sid: APPLICATION_SID },
    });
    expect(response.status).toBe(204);
    expectSent(`PUT /MicrosoftTeamsTenants/${MS_TEAMS_TENANT_SID}`, { application_sid: APPLICATION_SID });
    expect(data).toBeUndefined();
  });
});

describe("deleteMsTeamsTenant", () => {
  it("sends DELETE and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE("/MicrosoftTeamsTenants/{TenantSid}", { params: tenant });
    expect(response.status).toBe(204);
    expectSent(`DELETE /MicrosoftTeamsTenants/${MS_TEAMS_TENANT_SID}`);
    expect(data).toBeUndefined();
  });
});
