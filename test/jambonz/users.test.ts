import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Users: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listUsers", () => {
  it("List users", async () => {
    const { data, response } = await jambonz().GET("/Users");
    expect(response.status).toBe(200);
    expect(data).toEqual([{"user_sid": "12c80508-edf9-4b22-8d09-55abd02648eb", "name": "admin", "email": "admin@example.com", "is_active": 1, "force_change": 0, "scope": "admin", "account_sid": null, "service_provider_sid": null, "permissions": ["PROVISION_USERS", "PROVISION_SERVICES"]}]);
  });
});

describe("createUser", () => {
  it("Create a user", async () => {
    const { data, response } = await jambonz().POST("/Users", { body: {"name": "jane", "email": "jane@example.com", "initial_password": "EXAMPLE-initial-password", "is_active": true, "force_change": true, "scope": "account", "account_sid": "a36c677b-b93d-4d54-8282-d506f2819691"} });
    expect(response.status).toBe(201);
    expect(data).toEqual({"user_sid": "12c80508-edf9-4b22-8d09-55abd02648eb"});
  });
});

describe("getMyDetails", () => {
  it("Get the signed-in user", async () => {
    const { data, response } = await jambonz().GET("/Users/me");
    expect(response.status).toBe(200);
    expect(data).toEqual({"user": {"user_sid": "12c80508-edf9-4b22-8d09-55abd02648eb", "name": "admin", "scope": "admin"}, "account": {"account_sid": "a36c677b-b93d-4d54-8282-d506f2819691", "name": "loopback test account"}});
  });
});

describe("getUser", () => {
  it("Get a user", async () => {
    const { data, response } = await jambonz().GET("/Users/{UserSid}", { params: { path: { UserSid: "12c80508-edf9-4b22-8d09-55abd02648eb" } } });
    expect(response.status).toBe(200);
    expect(data).toEqual({"user_sid": "12c80508-edf9-4b22-8d09-55abd02648eb", "name": "admin", "email": "admin@example.com", "is_active": 1, "force_change": 0, "scope": "admin", "account_sid": null, "service_provider_sid": null, "permissions": ["PROVISION_USERS", "PROVISION_SERVICES"]});
  });
});

describe("updateUser", () => {
  it("Update a user", async () => {
    const { data, response } = await jambonz().PUT("/Users/{UserSid}", { params: { path: { UserSid: "12c80508-edf9-4b22-8d09-55abd02648eb" } }, body: {"name": "jane doe"} });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("deleteUser", () => {
  it("Delete a user", async () => {
    const { data, response } = await jambonz().DELETE("/Users/{UserSid}", { params: { path: { UserSid: "12c80508-edf9-4b22-8d09-55abd02648eb" } } });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});
