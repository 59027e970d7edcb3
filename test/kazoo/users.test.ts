import { unwrap } from "@callspec/kazoo";
import { expect } from "vitest";
import { ACCOUNT_ID, DEVICE_ID, GROUP_ID, USER_ID, account, kazoo, operations, rawBody } from "./client.js";

const user = { path: { ACCOUNT_ID, USER_ID } };

operations({
  listUsers: async () => {
    const { data, response } = await kazoo().GET("/accounts/{ACCOUNT_ID}/users", {
      params: { ...account, query: { page_size: 1, filters: { filter_priv_level: "admin" } } },
    });
    expect(response.status).toBe(200);
    expect(data?.status).toBe("success");
    expect(data?.page_size).toBe(1);
    expect(data?.data[0]?.priv_level).toBe("admin");
  },
  createUser: async () => {
    const { data, response } = await kazoo().PUT("/accounts/{ACCOUNT_ID}/users", {
      params: account,
      body: { data: { first_name: "Ada", last_name: "Lovelace", username: "ada@example.net" } },
    });
    expect(response.status).toBe(201);
    expect(data?.data.id).toBe(USER_ID);
  },
  getUser: async () => {
    const doc = await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/users/{USER_ID}", { params: user }));
    expect(doc.first_name).toBe("Ada");
    expect(doc.hotdesk?.require_pin).toBe(false);
  },
  updateUser: async () =>
    expect(
      (
        await unwrap(
          kazoo().POST("/accounts/{ACCOUNT_ID}/users/{USER_ID}", {
            params: user,
            body: { data: { first_name: "Ada", last_name: "King" } },
          }),
        )
      ).last_name,
    ).toBe("Lovelace"),
  patchUser: async () =>
    expect(
      (await unwrap(kazoo().PATCH("/accounts/{ACCOUNT_ID}/users/{USER_ID}", { params: user, body: { data: { enabled: false } } }))).enabled,
    ).toBe(false),
  deleteUser: async () =>
    expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/users/{USER_ID}", { params: user }))).id).toBe(USER_ID),
  getUserPhoto: async () => {
    const { data, response } = await kazoo().GET("/accounts/{ACCOUNT_ID}/users/{USER_ID}/photo", { params: user, parseAs: "arrayBuffer" });
    expect(response.headers.get("content-type")).toMatch(/^image\//);
    expect(data).toBeInstanceOf(ArrayBuffer);
  },
  uploadUserPhoto: async () =>
    expect((await unwrap(kazoo().POST("/accounts/{ACCOUNT_ID}/users/{USER_ID}/photo", { params: user, ...rawBody("image/png") }))).id).toBe(
      USER_ID,
    ),
  deleteUserPhoto: async () =>
    expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/users/{USER_ID}/photo", { params: user }))).username).toBe(
      "ada@example.net",
    ),
  getUserVcard: async () => {
    const { data } = await kazoo().GET("/accounts/{ACCOUNT_ID}/users/{USER_ID}/vcard", { params: user, parseAs: "text" });
    expect(data).toContain("FN:Ada Lovelace");
  },
  listUserDevices: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/users/{USER_ID}/devices", { params: user })))[0]).toMatchObject({
      id: DEVICE_ID,
      hotdesked: false,
    }),
  listUserGroups: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/users/{USER_ID}/groups", { params: user })))[0]?.id).toBe(GROUP_ID),
});
