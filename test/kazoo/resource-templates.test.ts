import { KazooError, unwrap } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { ACCOUNT_ID, account, kazoo, operations } from "./client.js";

const RESOURCE_TEMPLATE_ID = "7b1f3d5e9a0c4e2b8d6f1a3c5e7b9d0f";
const tpl = { path: { ACCOUNT_ID, RESOURCE_TEMPLATE_ID } };
const doc = {
  template_name: "Carrier A",
  name: "Carrier A",
  flags: ["us"],
  weight_cost: 50,
  gateways: [{ server: "sip.carrier-a.example.com", enabled: true }],
};

operations({
  listResourceTemplates: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/resource_templates", { params: account })))[0]?.template_name).toBe(
      "Carrier A",
    ),
  createResourceTemplate: async () =>
    expect((await unwrap(kazoo().PUT("/accounts/{ACCOUNT_ID}/resource_templates", { params: account, body: { data: doc } }))).id).toBe(
      RESOURCE_TEMPLATE_ID,
    ),
  getResourceTemplate: async () =>
    expect(
      (await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/resource_templates/{RESOURCE_TEMPLATE_ID}", { params: tpl }))).weight_cost,
    ).toBe(50),
  replaceResourceTemplate: async () =>
    expect(
      (await unwrap(kazoo().POST("/accounts/{ACCOUNT_ID}/resource_templates/{RESOURCE_TEMPLATE_ID}", { params: tpl, body: { data: doc } })))
        .flags,
    ).toEqual(["us"]),
  patchResourceTemplate: async () =>
    expect(
      (
        await unwrap(
          kazoo().PATCH("/accounts/{ACCOUNT_ID}/resource_templates/{RESOURCE_TEMPLATE_ID}", {
            params: tpl,
            body: { data: { name: "Carrier A (US)" } },
          }),
        )
      ).name,
    ).toBe("Carrier A (US)"),
  deleteResourceTemplate: async () =>
    expect(
      (await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/resource_templates/{RESOURCE_TEMPLATE_ID}", { params: tpl }))).template_name,
    ).toBe("Carrier A"),
});

describe("resource template validation", () => {
  it("a template without template_name fails tsc and the mock", async () => {
    const error = await caught(() =>
      // @ts-expect-error template_name is required.
      kazoo().PUT("/accounts/{ACCOUNT_ID}/resource_templates", { params: account, body: { data: { name: "Carrier A" } } }),
    );
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(400);
  });
});
