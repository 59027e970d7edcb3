import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Service Providers: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listServiceProviders", () => {
  it("List service providers", async () => {
    const { data, response } = await jambonz().GET("/ServiceProviders");
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
        name: "default service provider",
        description: null,
        root_domain: null,
        ms_teams_fqdn: null,
        registration_hook: null,
      },
    ]);
  });
});

describe("createServiceProvider", () => {
  it("Create a service provider", async () => {
    const { data, response } = await jambonz().POST("/ServiceProviders", { body: { name: "loopback sp" } });
    expect(response.status).toBe(201);
    expect(data).toEqual({ sid: "d236f00a-6b0c-4f5e-9b1d-2a7c8e4f6a10" });
  });
});

describe("getServiceProvider", () => {
  it("Get a service provider", async () => {
    const { data, response } = await jambonz().GET("/ServiceProviders/{ServiceProviderSid}", {
      params: { path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
      name: "default service provider",
      description: null,
      root_domain: null,
      ms_teams_fqdn: null,
      registration_hook: null,
    });
  });
});

describe("updateServiceProvider", () => {
  it("Update a service provider", async () => {
    const { data, response } = await jambonz().PUT("/ServiceProviders/{ServiceProviderSid}", {
      params: { path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f" } },
      body: { description: "resold voice platform" },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("deleteServiceProvider", () => {
  it("Delete a service provider", async () => {
    const { data, response } = await jambonz().DELETE("/ServiceProviders/{ServiceProviderSid}", {
      params: { path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f" } },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("listServiceProviderAccounts", () => {
  it("List accounts of a service provider", async () => {
    const { data, response } = await jambonz().GET("/ServiceProviders/{ServiceProviderSid}/Accounts", {
      params: { path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
        name: "loopback test account",
        sip_realm: null,
        service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
        device_calling_application_sid: null,
        is_active: 1,
        created_at: "2026-11-22T16:31:43.000Z",
        plan_type: "trial",
        stripe_customer_id: null,
        webhook_secret: "wh_secret_EXAMPLE0000000000000",
        disable_cdrs: 0,
        trial_end_date: null,
        deactivated_reason: null,
        device_to_call_ratio: 5,
        subspace_client_id: null,
        subspace_client_secret: null,
        subspace_sip_teleport_id: null,
        subspace_sip_teleport_destinations: null,
        siprec_hook_sid: null,
        record_all_calls: 0,
        record_format: "mp3",
        bucket_credential: null,
        enable_debug_log: 0,
        registration_hook: null,
        queue_event_hook: null,
      },
    ]);
  });
});
