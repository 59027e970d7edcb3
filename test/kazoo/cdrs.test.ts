import { unwrap } from "@callspec/kazoo";
import { expect } from "vitest";
import { ACCOUNT_ID, USER_ID, account, kazoo, operations } from "./client.js";

const CDR_ID = "201611-0d6c1e9b5a3f4e7c8b2d1a0f9e8d7c6b";

operations({
  listCdrs: async () => {
    const rows = await unwrap(
      kazoo().GET("/accounts/{ACCOUNT_ID}/cdrs", {
        params: { ...account, query: { created_from: 63862800000, created_to: 63862900000, utc_offset: -28800 } },
      }),
    );
    expect(rows[0]?.billing_seconds).toBe(118);
    expect(rows[0]?.hangup_cause).toBe("NORMAL_CLEARING");
  },
  getCdr: async () =>
    expect(
      (await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/cdrs/{CDR_ID}", { params: { path: { ACCOUNT_ID, CDR_ID } } }))).custom_channel_vars,
    ).toMatchObject({ owner_id: USER_ID }),
  listCdrInteractions: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/cdrs/interaction", { params: account })))[0]?.interaction_id).toBe(
      "63862817600-6f0a1b2c",
    ),
  listCdrInteractionLegs: async () =>
    expect(
      (
        await unwrap(
          kazoo().GET("/accounts/{ACCOUNT_ID}/cdrs/legs/{INTERACTION_ID}", {
            params: { path: { ACCOUNT_ID, INTERACTION_ID: "63862817600-6f0a1b2c" } },
          }),
        )
      )[0]?.id,
    ).toBe(CDR_ID),
  getCdrSummary: async () =>
    expect(await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/cdrs/summary", { params: account }))).toHaveProperty("outbound.count", 30),
  listUserCdrs: async () =>
    expect(
      (await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/users/{USER_ID}/cdrs", { params: { path: { ACCOUNT_ID, USER_ID } } })))[0]
        ?.owner_id,
    ).toBe(USER_ID),
});
