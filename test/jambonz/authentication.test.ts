import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Authentication: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("login", () => {
  it("Log in and get a JWT", async () => {
    const { data, response } = await jambonz().POST("/login", { body: { username: "admin", password: "EXAMPLE-password" } });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      token: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.EXAMPLE.EXAMPLE",
      user_sid: "12c80508-edf9-4b22-8d09-55abd02648eb",
      scope: "admin",
      force_change: true,
      permissions: ["VIEW_ONLY", "PROVISION_SERVICES", "PROVISION_USERS"],
    });
  });
});

describe("logout", () => {
  it("Log out", async () => {
    const { data, response } = await jambonz().POST("/logout");
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("signin", () => {
  it("Sign in with email", async () => {
    const { data, response } = await jambonz().POST("/signin", { body: { email: "jane@example.com", password: "EXAMPLE-password" } });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      jwt: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.EXAMPLE.EXAMPLE",
      user_sid: "5f0e2b9c-3d4a-4c6b-8e1f-7a9b0c1d2e3f",
      name: "jane@example.com",
      email: "jane@example.com",
      phone: null,
      account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
      service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
      force_change: false,
      provider: "local",
      provider_userid: null,
      scope: "read-write",
      phone_validated: false,
      email_validated: true,
      is_active: true,
      pristine: false,
    });
  });
});

describe("registerUser", () => {
  it("Register a new user and account", async () => {
    const { data, response } = await jambonz().POST("/register", {
      body: {
        service_provider_sid: "2708b1b3-2736-40ea-b502-c53d8396247f",
        provider: "local",
        email: "jane@example.com",
        password: "EXAMPLE-password",
        email_activation_code: "482913",
      },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      jwt: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.EXAMPLE.EXAMPLE",
      name: "jane@example.com",
      email: "jane@example.com",
      provider: "local",
      root_domain: "jambonz.example.com",
      account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
      user_sid: "5f0e2b9c-3d4a-4c6b-8e1f-7a9b0c1d2e3f",
      pristine: true,
      is_active: false,
      email_validated: false,
      phone_validated: false,
      tutorial_completion: 0,
      scope: "read-write",
    });
  });
});

describe("forgotPassword", () => {
  it("Send a password-reset link", async () => {
    const { data, response } = await jambonz().POST("/forgot-password", { body: { email: "jane@example.com" } });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("changePassword", () => {
  it("Change the password", async () => {
    const { data, response } = await jambonz().POST("/change-password", {
      body: { old_password: "EXAMPLE-old", new_password: "EXAMPLE-new" },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("sendActivationCode", () => {
  it("Send an activation code", async () => {
    const { data, response } = await jambonz().POST("/ActivationCode", {
      body: { user_sid: "12c80508-edf9-4b22-8d09-55abd02648eb", type: "email", value: "jane@example.com", code: "482913" },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("validateActivationCode", () => {
  it("Validate an activation code", async () => {
    const { data, response } = await jambonz().PUT("/ActivationCode/{Code}", {
      params: { path: { Code: "482913" } },
      body: { user_sid: "12c80508-edf9-4b22-8d09-55abd02648eb", type: "email" },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("validateInviteCode", () => {
  it("Validate an invite code", async () => {
    const { data, response } = await jambonz().POST("/InviteCodes", { body: { code: "A1B2C3" } });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("generateInviteCodes", () => {
  it("Generate invite codes", async () => {
    const { data, response } = await jambonz().POST("/BetaInviteCodes", { body: { count: 2 } });
    expect(response.status).toBe(200);
    expect(data).toEqual({ status: "ok", added: 2, codes: ["3A9CZ1", "X07B52"] });
  });
});
