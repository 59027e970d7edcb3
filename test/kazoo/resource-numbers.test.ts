// Numeric resource settings that the vendor's docs show as strings: digit strings pass, as Crossbar converts them.
import { KazooError } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { ACCOUNT_ID, kazoo } from "./client.js";

const create = (weight_cost: number | string, progress_timeout: number | string) =>
  kazoo().PUT("/accounts/{ACCOUNT_ID}/resources", {
    params: { path: { ACCOUNT_ID } },
    body: {
      data: {
        name: "Carrier A",
        weight_cost,
        rules: ["^\\+?1?([2-9][0-9]{2}[2-9][0-9]{6})$"],
        gateways: [{ server: "sip.carrier-a.example.net", progress_timeout }],
      },
    },
  });

describe("resource weight_cost and progress_timeout", () => {
  it("take a digit string as the docs send them", async () => {
    const { response } = await create("10", "6");
    expect(response.status).toBe(201);
  });

  it("refuse a string that is not digits, naming the field", async () => {
    const error = await caught(() => create("ten", 6));
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(400);
    expect(Object.keys((error as KazooError).validation ?? {}).join(" ")).toMatch(/weight_cost/);
  });
});
