import { unwrap } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { ACCOUNT_ID, USER_ID, account, kazoo } from "./client.js";

const user = { path: { ACCOUNT_ID, USER_ID } };

describe("listUsers", () => {
  it("answers a page of user summaries with the paging keys", async () => {
    const { data, response } = await kazoo().GET("/accounts/{ACCOUNT_ID}/users", { params: { ...account, query: { page_size: 1 } } });
    expect(response.status).toBe(200);
    expect(data?.status).toBe("success");
    expect(data?.page_size).toBe(1);
    expect(data?.data[0]?.priv_level).toBe("admin");
  });
});

describe("createUser", () => {
  it("answers 201 with the new user in the envelope", async () => {
    const { data, response } = await kazoo().PUT("/accounts/{ACCOUNT_ID}/users", {
      params: account,
      body: { data: { first_name: "Ada", last_name: "Lovelace", username: "ada@example.net" } },
    });
    expect(response.status).toBe(201);
    expect(data?.data.id).toBe(USER_ID);
  });
});

describe("getUser", () => {
  it("unwraps the envelope to the user", async () => {
    const doc = await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/users/{USER_ID}", { params: user }));
    expect(doc.first_name).toBe("Ada");
    expect(doc.hotdesk?.require_pin).toBe(false);
  });
});

describe("updateUser", () => {
  it("replaces the user", async () => {
    const doc = await unwrap(kazoo().POST("/accounts/{ACCOUNT_ID}/users/{USER_ID}", { params: user, body: { data: { first_name: "Ada", last_name: "King" } } }));
    expect(doc.last_name).toBe("Lovelace");
  });
});

describe("patchUser", () => {
  it("merges the fields sent", async () => {
    const doc = await unwrap(kazoo().PATCH("/accounts/{ACCOUNT_ID}/users/{USER_ID}", { params: user, body: { data: { enabled: false } } }));
    expect(doc.enabled).toBe(false);
  });
});

describe("deleteUser", () => {
  it("answers the deleted user", async () => {
    const doc = await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/users/{USER_ID}", { params: user }));
    expect(doc.id).toBe(USER_ID);
  });
});
