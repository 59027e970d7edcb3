import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, SERVICE_PROVIDER_SID, SIGNED_IN_USER_SID, USER_SID, recorded } from "./client.js";

// Users: every operation of the tag, through the client, against the Prism mock (request validation on).

const user = { path: { UserSid: USER_SID } };

describe("listUsers", () => {
  it("lists users; only account-scoped ones carry their account", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Users");
    expect(response.status).toBe(200);
    expectSent("GET /Users");
    expect(data?.find((u) => u.scope === "admin")?.account_sid).toBeUndefined();
    expect(data?.find((u) => u.scope === "account")?.account_sid).toBe(ACCOUNT_SID);
  });
});

describe("createUser", () => {
  it("posts the user with an initial password and answers 201 with user_sid, not sid", async () => {
    const body = {
      name: "jane",
      email: "jane@example.com",
      initial_password: "EXAMPLE-pass1",
      force_change: true,
      is_active: true,
      account_sid: ACCOUNT_SID,
      service_provider_sid: SERVICE_PROVIDER_SID,
    };
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/Users", { body });
    expect(response.status).toBe(201);
    expectSent("POST /Users", body);
    expect(data?.user_sid).toBe(SIGNED_IN_USER_SID);
  });
});

describe("getMyDetails", () => {
  it("takes /Users/me as its own route, not as a user sid, and decodes user, account and provider", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Users/me");
    expect(response.status).toBe(200);
    expectSent("GET /Users/me");
    expect(data?.user?.user_sid).toBe(SIGNED_IN_USER_SID);
    expect(data?.account?.account_sid).toBe(ACCOUNT_SID);
    expect(data?.sp?.service_provider_sid).toBe(SERVICE_PROVIDER_SID);
  });
});

describe("getUser", () => {
  it("substitutes the sid and decodes the row with its 0/1 columns", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Users/{UserSid}", { params: user });
    expect(response.status).toBe(200);
    expectSent(`GET /Users/${USER_SID}`);
    // Unlike /Users/me, this route answers the raw MySQL row: force_change is 0/1, not a boolean.
    expect([0, 1]).toContain(data?.force_change);
    expect(data?.is_view_only).toBeTypeOf("boolean");
  });
});

describe("updateUser", () => {
  it("puts the change and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.PUT("/Users/{UserSid}", { params: user, body: { name: "jane doe" } });
    expect(response.status).toBe(204);
    expectSent(`PUT /Users/${USER_SID}`, { name: "jane doe" });
    expect(data).toBeUndefined();
  });
});

describe("deleteUser", () => {
  it("sends DELETE and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE("/Users/{UserSid}", { params: user });
    expect(response.status).toBe(204);
    expectSent(`DELETE /Users/${USER_SID}`);
    expect(data).toBeUndefined();
  });
});
