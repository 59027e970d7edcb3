import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, SERVICE_PROVIDER_SID, SIGNED_IN_USER_SID, USER_SID, recorded } from "./client.js";

// Authentication: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("login", () => {
  it("posts the credentials and decodes the JWT with its scope", async () => {
    const body = { username: "admin", password: "EXAMPLE-password" };
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/login", { body });
    expect(response.status).toBe(200);
    expectSent("POST /login", body);
    expect(data?.token.split(".")).toHaveLength(3);
    expect(data?.user_sid).toBe(USER_SID);
    expect(data?.scope).toBe("admin");
  });
});

describe("logout", () => {
  it("posts without a body and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/logout");
    expect(response.status).toBe(204);
    expectSent("POST /logout");
    expect(data).toBeUndefined();
  });
});

describe("signin", () => {
  it("decodes the jwt and the user's account", async () => {
    const body = { email: "jane@example.com", password: "EXAMPLE-password" };
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/signin", { body });
    expect(response.status).toBe(200);
    expectSent("POST /signin", body);
    expect(data?.user_sid).toBe(SIGNED_IN_USER_SID);
    expect(data?.account_sid).toBe(ACCOUNT_SID);
    // Unlike the 0/1 columns elsewhere, sign-in answers real booleans.
    expect(typeof data?.is_active).toBe("boolean");
  });
});

describe("registerUser", () => {
  it("posts the registration and decodes the new account", async () => {
    const body = {
      service_provider_sid: SERVICE_PROVIDER_SID,
      provider: "local",
      email: "jane@example.com",
      password: "EXAMPLE-password",
      email_activation_code: "482913",
    } as const;
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/register", { body });
    expect(response.status).toBe(200);
    expectSent("POST /register", body);
    expect(data?.account_sid).toBe(ACCOUNT_SID);
    expect(data?.pristine).toBe(true);
  });
});

describe("forgotPassword", () => {
  it("posts the email and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/forgot-password", { body: { email: "jane@example.com" } });
    expect(response.status).toBe(204);
    expectSent("POST /forgot-password", { email: "jane@example.com" });
    expect(data).toBeUndefined();
  });
});

describe("changePassword", () => {
  it("posts old and new password and answers 204", async () => {
    const body = { old_password: "EXAMPLE-old", new_password: "EXAMPLE-new" };
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/change-password", { body });
    expect(response.status).toBe(204);
    expectSent("POST /change-password", body);
    expect(data).toBeUndefined();
  });
});

describe("sendActivationCode", () => {
  it("posts the code for the user and answers 204", async () => {
    const body = { user_sid: USER_SID, type: "email", value: "jane@example.com", code: "482913" } as const;
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/ActivationCode", { body });
    expect(response.status).toBe(204);
    expectSent("POST /ActivationCode", body);
    expect(data).toBeUndefined();
  });
});

describe("validateActivationCode", () => {
  it("puts the code in the path, the user in the body", async () => {
    const body = { user_sid: USER_SID, type: "email" } as const;
    const { client, expectSent } = recorded();
    const { data, response } = await client.PUT("/ActivationCode/{Code}", { params: { path: { Code: "482913" } }, body });
    expect(response.status).toBe(204);
    expectSent("PUT /ActivationCode/482913", body);
    expect(data).toBeUndefined();
  });
});

describe("validateInviteCode", () => {
  it("posts the code and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/InviteCodes", { body: { code: "A1B2C3" } });
    expect(response.status).toBe(204);
    expectSent("POST /InviteCodes", { code: "A1B2C3" });
    expect(data).toBeUndefined();
  });
});

describe("generateInviteCodes", () => {
  it("asks for a count and decodes that many codes", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/BetaInviteCodes", { body: { count: 2 } });
    expect(response.status).toBe(200);
    expectSent("POST /BetaInviteCodes", { count: 2 });
    expect(data?.codes).toHaveLength(data?.added ?? -1);
  });
});
