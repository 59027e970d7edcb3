import { unwrap } from "@callspec/kazoo";
import { expect } from "vitest";
import { ACCOUNT_ID, account, kazoo, operations } from "./client.js";

const CHILD_ID = "6b71cb72c876b5b1396a335f8f8a2594";
const PARENT_ID = "0f4e3d2c1b0a49887766554433221100";

operations({
  createAccount: async () => {
    const { data, response } = await kazoo().PUT("/accounts", { body: { data: { name: "Example Corp" } } });
    expect(response.status).toBe(201);
    expect(data?.data.realm).toBe("example.sip.example.net");
  },
  getAccount: async () => expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}", { params: account }))).created).toBe(63621662701),
  updateAccount: async () =>
    expect(
      (await unwrap(kazoo().POST("/accounts/{ACCOUNT_ID}", { params: account, body: { data: { name: "Example Corp" } } }))).timezone,
    ).toBe("America/Los_Angeles"),
  patchAccount: async () =>
    expect(
      (await unwrap(kazoo().PATCH("/accounts/{ACCOUNT_ID}", { params: account, body: { data: { timezone: "Europe/London" } } }))).timezone,
    ).toBe("Europe/London"),
  deleteAccount: async () => expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}", { params: account }))).id).toBe(ACCOUNT_ID),
  createChildAccount: async () => {
    const { data, response } = await kazoo().PUT("/accounts/{ACCOUNT_ID}", { params: account, body: { data: { name: "Example Branch" } } });
    expect(response.status).toBe(201);
    expect(data?.data.reseller_id).toBe(ACCOUNT_ID);
  },
  listChildAccounts: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/children", { params: account })))[0]?.tree).toEqual([ACCOUNT_ID]),
  listDescendantAccounts: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/descendants", { params: account })))[0]?.id).toBe(CHILD_ID),
  listSiblingAccounts: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/siblings", { params: account })))[0]?.descendants_count).toBe(1),
  listParentAccounts: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/parents", { params: account })))[0]?.id).toBe(PARENT_ID),
  getAccountTree: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/tree", { params: account })))[0]?.name).toBe("Example Reseller"),
  getAccountApiKey: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/api_key", { params: account }))).api_key).toHaveLength(64),
  regenerateAccountApiKey: async () =>
    expect((await unwrap(kazoo().PUT("/accounts/{ACCOUNT_ID}/api_key", { params: account, body: { data: {} } }))).api_key).toMatch(
      /^EXAMPLE1/,
    ),
  moveAccount: async () =>
    expect(
      (await unwrap(kazoo().POST("/accounts/{ACCOUNT_ID}/move", { params: account, body: { data: { to: PARENT_ID } } }))).reseller_id,
    ).toBe(PARENT_ID),
  promoteReseller: async () =>
    expect((await unwrap(kazoo().PUT("/accounts/{ACCOUNT_ID}/reseller", { params: account, body: { data: {} } }))).is_reseller).toBe(true),
  demoteReseller: async () =>
    expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/reseller", { params: account }))).is_reseller).toBe(false),
});
