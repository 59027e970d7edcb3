import { unwrap } from "@callspec/kazoo";
import { expect } from "vitest";
import { ACCOUNT_ID, TEMPORAL_RULE_ID, TEMPORAL_RULE_SET, account, kazoo, operations } from "./client.js";

const set = { path: { ACCOUNT_ID, TEMPORAL_RULE_SET } };

operations({
  listTemporalRuleSets: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/temporal_rules_sets", { params: account })))[0]?.rules).toEqual([
      TEMPORAL_RULE_ID,
    ]),
  createTemporalRuleSet: async () => {
    const { data, response } = await kazoo().PUT("/accounts/{ACCOUNT_ID}/temporal_rules_sets", {
      params: account,
      body: { data: { name: "Open hours", temporal_rules: [TEMPORAL_RULE_ID] } },
    });
    expect(response.status).toBe(201);
    expect(data?.data.id).toBe(TEMPORAL_RULE_SET);
  },
  getTemporalRuleSet: async () =>
    expect(
      (await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/temporal_rules_sets/{TEMPORAL_RULE_SET}", { params: set }))).temporal_rules,
    ).toEqual([TEMPORAL_RULE_ID]),
  updateTemporalRuleSet: async () =>
    expect(
      (
        await unwrap(
          kazoo().POST("/accounts/{ACCOUNT_ID}/temporal_rules_sets/{TEMPORAL_RULE_SET}", {
            params: set,
            body: { data: { name: "Open hours" } },
          }),
        )
      ).name,
    ).toBe("Open hours"),
  patchTemporalRuleSet: async () =>
    expect(
      (
        await unwrap(
          kazoo().PATCH("/accounts/{ACCOUNT_ID}/temporal_rules_sets/{TEMPORAL_RULE_SET}", {
            params: set,
            body: { data: { name: "Opening hours" } },
          }),
        )
      ).name,
    ).toBe("Opening hours"),
  deleteTemporalRuleSet: async () =>
    expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/temporal_rules_sets/{TEMPORAL_RULE_SET}", { params: set }))).id).toBe(
      TEMPORAL_RULE_SET,
    ),
});
