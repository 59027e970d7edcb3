import { unwrap } from "@callspec/kazoo";
import { expect } from "vitest";
import { account, kazoo, operations } from "./client.js";

const restrictions = { cb_user_auth: { user: { accounts: [{ rules: { "*": ["GET" as const] } }] } } };

operations({
  getTokenRestrictions: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/token_restrictions", { params: account }))).restrictions).toHaveProperty(
      "cb_user_auth.user.accounts",
    ),
  updateTokenRestrictions: async () =>
    expect(
      (await unwrap(kazoo().POST("/accounts/{ACCOUNT_ID}/token_restrictions", { params: account, body: { data: { restrictions } } })))
        .restrictions,
    ).toBeTypeOf("object"),
  deleteTokenRestrictions: async () =>
    expect(await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/token_restrictions", { params: account }))).toEqual({}),
});
