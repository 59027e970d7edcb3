// acls, apps_link, contact_list and dialplans: one read-only GET each.
import { KazooError, type paths, unwrap } from "@callspec/kazoo";
import { describe, expect, expectTypeOf, it } from "vitest";
import { caught } from "../support/mocks.js";
import { ACCOUNT_ID, account, kazoo, operations } from "./client.js";

operations({
  listAcls: async () => {
    const acls = await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/acls", { params: account }));
    expect(acls["carrier-a"]?.["network-list-name"]).toBe("authoritative");
  },
  authorizeAppsLink: async () => {
    const link = await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/apps_link/authorize", { params: account }));
    expect(link.account.account_id).toBe(ACCOUNT_ID);
    expect(link.auth_token.apps?.[0]?.name).toBe("voip");
  },
  listContacts: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/contact_list", { params: account })))[0]?.internal_number).toBe("1000"),
  listSystemDialplans: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/dialplans", { params: account })))["US - 10 digit"]?.prefix).toBe("+1"),
});

describe("account info validation", () => {
  it("an account id that is not 32 hex fails the mock with a typed 400", async () => {
    const error = await caught(() => kazoo().GET("/accounts/{ACCOUNT_ID}/contact_list", { params: { path: { ACCOUNT_ID: "not-an-id" } } }));
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(400);
  });
  it("a POST to a GET-only module fails tsc and the mock", async () => {
    // The client offers POST only on paths whose item has one; asked of the path item, the check stays cheap for tsc.
    expectTypeOf<paths["/accounts/{ACCOUNT_ID}/apps_link/authorize"]["post"]>().toEqualTypeOf<undefined>();
    const post = kazoo().POST as unknown as (path: string, init: unknown) => Promise<unknown>;
    const error = await caught(() => post("/accounts/{ACCOUNT_ID}/apps_link/authorize", { params: account }));
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBeGreaterThanOrEqual(400);
  });
});
