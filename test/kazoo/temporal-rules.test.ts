import { unwrap } from "@callspec/kazoo";
import { expect } from "vitest";
import { ACCOUNT_ID, TEMPORAL_RULE_ID, account, kazoo, operations } from "./client.js";

const rule = { path: { ACCOUNT_ID, TEMPORAL_RULE_ID } };

operations({
  listTemporalRules: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/temporal_rules", { params: account })))[0]?.id).toBe(TEMPORAL_RULE_ID),
  createTemporalRule: async () => {
    const { data, response } = await kazoo().PUT("/accounts/{ACCOUNT_ID}/temporal_rules", {
      params: account,
      body: { data: { name: "Business hours", cycle: "weekly", wdays: ["monday"] } },
    });
    expect(response.status).toBe(201);
    expect(data?.data.cycle).toBe("weekly");
  },
  getTemporalRule: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/temporal_rules/{TEMPORAL_RULE_ID}", { params: rule }))).time_window_stop).toBe(
      61200,
    ),
  updateTemporalRule: async () =>
    expect(
      (
        await unwrap(
          kazoo().POST("/accounts/{ACCOUNT_ID}/temporal_rules/{TEMPORAL_RULE_ID}", {
            params: rule,
            body: { data: { name: "Weekends", cycle: "weekly", wdays: ["saturday", "sunday"] } },
          }),
        )
      ).wdays,
    ).toHaveLength(5),
  patchTemporalRule: async () =>
    expect(
      (
        await unwrap(
          kazoo().PATCH("/accounts/{ACCOUNT_ID}/temporal_rules/{TEMPORAL_RULE_ID}", { params: rule, body: { data: { enabled: false } } }),
        )
      ).enabled,
    ).toBe(false),
  deleteTemporalRule: async () =>
    expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/temporal_rules/{TEMPORAL_RULE_ID}", { params: rule }))).start_date).toBe(
      63842918400,
    ),
});
