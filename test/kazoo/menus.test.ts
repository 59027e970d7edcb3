import { unwrap } from "@callspec/kazoo";
import { expect } from "vitest";
import { ACCOUNT_ID, MENU_ID, account, kazoo, operations } from "./client.js";

const menu = { path: { ACCOUNT_ID, MENU_ID } };

operations({
  listMenus: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/menus", { params: account })))[0]?.name).toBe("Main menu"),
  createMenu: async () => {
    const { data, response } = await kazoo().PUT("/accounts/{ACCOUNT_ID}/menus", {
      params: account,
      body: { data: { name: "Main menu" } },
    });
    expect(response.status).toBe(201);
    expect(data?.data.retries).toBe(3);
  },
  getMenu: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/menus/{MENU_ID}", { params: menu }))).max_extension_length).toBe(4),
  updateMenu: async () =>
    expect(
      (
        await unwrap(
          kazoo().POST("/accounts/{ACCOUNT_ID}/menus/{MENU_ID}", { params: menu, body: { data: { name: "Main menu", hunt: false } } }),
        )
      ).hunt,
    ).toBe(true),
  patchMenu: async () =>
    expect(
      (await unwrap(kazoo().PATCH("/accounts/{ACCOUNT_ID}/menus/{MENU_ID}", { params: menu, body: { data: { retries: 2 } } }))).retries,
    ).toBe(2),
  deleteMenu: async () =>
    expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/menus/{MENU_ID}", { params: menu }))).id).toBe(MENU_ID),
});
