import { describe, expect, it } from "vitest";
import { SKILL_ID, USER_ID, gws } from "./client.js";

const user = { params: { path: { userId: USER_ID } } };

describe("listUsers", () => {
  it("filters by skill, sorts and pages, and sends the dotted filter as is", async () => {
    const urls: string[] = [];
    const client = gws();
    client.use({ onRequest: ({ request }) => void urls.push(request.url) });
    const { data } = await client.GET("/users", {
      params: {
        query: {
          subresources: "skills",
          fields: "id,userName",
          "skills.name": "Sales",
          sortBy: "lastName",
          limit: 100,
          offset: 0,
          enabled: true,
        },
      },
    });
    expect(data && "users" in data ? data.users[0]?.userName : undefined).toBe("ksippo");
    const query = new URL(urls[0]!).searchParams;
    expect(query.get("skills.name")).toBe("Sales");
    expect(query.get("limit")).toBe("100");
  });
});

describe("createUser", () => {
  it("answers id, uri and path, statusCode as a string as documented", async () => {
    const { data } = await gws().POST("/users", {
      body: { userName: "jdoe", password: "EXAMPLE-password", firstName: "Jane", lastName: "Doe", roles: ["ROLE_AGENT"] },
    });
    expect(data?.statusCode).toBe("0");
    expect(data?.path).toBe(`/users/${data?.id}`);
  });
});

describe("getUser", () => {
  it("returns the user under the singular key", async () => {
    const { data } = await gws().GET("/users/{userId}", { params: { ...user.params, query: { subresources: "*" } } });
    expect(data?.user.lastName).toBe("Sippola");
  });
});

describe("updateUser", () => {
  it("changes one property", async () => {
    const { data } = await gws().PUT("/users/{userId}", { ...user, body: { firstName: "Kris" } });
    expect(data?.statusCode).toBe(0);
  });
});

describe("deleteUser", () => {
  it("deletes", async () => {
    const { data } = await gws().DELETE("/users/{userId}", user);
    expect(data?.statusCode).toBe("0");
  });
});

describe("listUserDevices", () => {
  it("answers URIs without fields", async () => {
    const { data } = await gws().GET("/users/{userId}/devices", user);
    expect(data && "uris" in data ? data.uris[0] : undefined).toMatch(/\/api\/v2\/devices\//);
  });
});

describe("listUserSkills", () => {
  it("lists the skills with levels", async () => {
    const { data } = await gws().GET("/users/{userId}/skills", { params: { ...user.params, query: { fields: "*" } } });
    expect(data && "skills" in data ? data.skills[0]?.name : undefined).toBe("Sales");
  });
});

describe("getUserSkill", () => {
  it("returns one skill with the user's level", async () => {
    const { data } = await gws().GET("/users/{userId}/skills/{skillId}", { params: { path: { userId: USER_ID, skillId: SKILL_ID } } });
    expect(data?.skill.level).toBe("8");
  });
});

describe("createUserSettingsGroup", () => {
  it("creates a group", async () => {
    const { data } = await gws().POST("/users/{userId}/settings", {
      ...user,
      body: { displayName: "Favorites", name: "favorites", key: "name" },
    });
    expect(data?.statusCode).toBe(0);
  });
});
