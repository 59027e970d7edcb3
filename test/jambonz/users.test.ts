import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Users: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listUsers", () => {
  it("List users", async () => {
    const { data, response } = await jambonz().GET("/Users");
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        user_sid: "12c80508-edf9-4b22-8d09-55abd02648eb",
        name: "admin",
        email: "admin@example.com",
        scope: "admin",
        force_change: 1,
        is_active: 1,
      },
      {
        user_sid: "5f0e2b9c-3d4a-4c6b-8e1f-7a9b0c1d2e3f",
        name: "jane",
        email: "jane@example.com",
        scope: "account",
        force_change: 0,
        is_active: 1,
        account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
        account_name: "loopback test account",
        service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
        service_provider_name: "default service provider",
      },
    ]);
  });
});

describe("createUser", () => {
  it("Create a user", async () => {
    const { data, response } = await jambonz().POST("/Users", {
      body: {
        name: "jane",
        email: "jane@example.com",
        initial_password: "EXAMPLE-pass1",
        force_change: true,
        is_active: true,
        account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
        service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
      },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({ user_sid: "5f0e2b9c-3d4a-4c6b-8e1f-7a9b0c1d2e3f" });
  });
});

describe("getMyDetails", () => {
  it("Get the signed-in user", async () => {
    const { data, response } = await jambonz().GET("/Users/me");
    expect(response.status).toBe(200);
    expect(data).toEqual({
      user: {
        user_sid: "5f0e2b9c-3d4a-4c6b-8e1f-7a9b0c1d2e3f",
        name: "jane",
        email: "jane@example.com",
        pending_email: null,
        phone: null,
        account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
        service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
        force_change: false,
        provider: "local",
        provider_userid: null,
        scope: "read-write",
        email_validated: false,
        phone_validated: false,
        email_content_opt_out: 0,
        is_active: 1,
      },
      account: {
        account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
        name: "loopback test account",
        sip_realm: null,
        service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
        registration_hook_sid: null,
        queue_event_hook_sid: null,
        device_calling_application_sid: null,
        is_active: 1,
        created_at: "2026-11-22T16:31:43.000Z",
        plan_type: "trial",
      },
      sp: {
        service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
        name: "default service provider",
        description: null,
        root_domain: null,
        registration_hook_sid: null,
        ms_teams_fqdn: null,
      },
    });
  });
});

describe("getUser", () => {
  it("Get a user", async () => {
    const { data, response } = await jambonz().GET("/Users/{UserSid}", {
      params: { path: { UserSid: "12c80508-edf9-4b22-8d09-55abd02648eb" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      user_sid: "5f0e2b9c-3d4a-4c6b-8e1f-7a9b0c1d2e3f",
      name: "jane",
      email: "jane@example.com",
      pending_email: null,
      phone: null,
      account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
      service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
      force_change: 1,
      provider: "local",
      provider_userid: null,
      scope: "read-write",
      phone_activation_code: null,
      email_activation_code: null,
      email_validated: 0,
      phone_validated: 0,
      email_content_opt_out: 0,
      is_active: 1,
      is_view_only: false,
    });
  });
});

describe("updateUser", () => {
  it("Update a user", async () => {
    const { data, response } = await jambonz().PUT("/Users/{UserSid}", {
      params: { path: { UserSid: "12c80508-edf9-4b22-8d09-55abd02648eb" } },
      body: { name: "jane doe" },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("deleteUser", () => {
  it("Delete a user", async () => {
    const { data, response } = await jambonz().DELETE("/Users/{UserSid}", {
      params: { path: { UserSid: "12c80508-edf9-4b22-8d09-55abd02648eb" } },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});
