import { unwrap } from "@callspec/kazoo";
import { expect } from "vitest";
import { ACCOUNT_ID, DEVICE_ID, GROUP_ID, USER_ID, account, kazoo, operations } from "./client.js";

const group = { path: { ACCOUNT_ID, GROUP_ID } };
const endpoints = { [USER_ID]: { type: "user" as const, weight: 1 } };

operations({
  listGroups: async () => expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/groups", { params: account })))[0]?.endpoints).toBe(2),
  createGroup: async () => {
    const { data, response } = await kazoo().PUT("/accounts/{ACCOUNT_ID}/groups", {
      params: account,
      body: { data: { name: "Sales", endpoints } },
    });
    expect(response.status).toBe(201);
    expect(data?.data.id).toBe(GROUP_ID);
  },
  getGroup: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/groups/{GROUP_ID}", { params: group }))).endpoints).toMatchObject({
      [DEVICE_ID]: { type: "device" },
    }),
  updateGroup: async () =>
    expect(
      (
        await unwrap(
          kazoo().POST("/accounts/{ACCOUNT_ID}/groups/{GROUP_ID}", { params: group, body: { data: { name: "Sales", endpoints } } }),
        )
      ).name,
    ).toBe("Sales"),
  patchGroup: async () =>
    expect(
      (await unwrap(kazoo().PATCH("/accounts/{ACCOUNT_ID}/groups/{GROUP_ID}", { params: group, body: { data: { name: "Sales team" } } })))
        .name,
    ).toBe("Sales team"),
  deleteGroup: async () =>
    expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/groups/{GROUP_ID}", { params: group }))).id).toBe(GROUP_ID),
});
