import { KazooError, unwrap } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { ACCOUNT_ID, kazoo, operations } from "./client.js";

const conferences = { path: { ACCOUNT_ID, CONFIG_ID: "conferences" } };

operations({
  getAccountConfig: async () => {
    const config = await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/configs/{CONFIG_ID}", { params: conferences }));
    expect(config.id).toBe("configs_conferences");
    expect(config.number_timeout).toBe(5000);
  },
  createAccountConfig: async () => {
    const { data, response } = await kazoo().PUT("/accounts/{ACCOUNT_ID}/configs/{CONFIG_ID}", {
      params: conferences,
      body: { data: { pin_timeout: 3000 } },
    });
    expect(response.status).toBe(201);
    expect(data?.data.pin_timeout).toBe(3000);
  },
  replaceAccountConfig: async () =>
    expect(
      (
        await unwrap(
          kazoo().POST("/accounts/{ACCOUNT_ID}/configs/{CONFIG_ID}", {
            params: conferences,
            body: { data: { entry_tone: "tone_stream://%(1000,0,2600)" } },
          }),
        )
      ).entry_tone,
    ).toBe("tone_stream://%(1000,0,2600)"),
  patchAccountConfig: async () =>
    expect(
      (
        await unwrap(
          kazoo().PATCH("/accounts/{ACCOUNT_ID}/configs/{CONFIG_ID}", { params: conferences, body: { data: { pin_timeout: 3000 } } }),
        )
      ).pin_timeout,
    ).toBe(3000),
  deleteAccountConfig: async () =>
    expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/configs/{CONFIG_ID}", { params: conferences }))).pin_timeout).toBe(5000),
});

describe("config validation", () => {
  it("a category with characters outside [a-z0-9_.] is refused by the mock", async () => {
    const error = await caught(() =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/configs/{CONFIG_ID}", { params: { path: { ACCOUNT_ID, CONFIG_ID: "Conferences!" } } }),
    );
    expect((error as KazooError).status).toBe(400);
  });
  it("a non-object data fails tsc and the mock", async () => {
    const error = await caught(() =>
      // @ts-expect-error data is the configuration object.
      kazoo().POST("/accounts/{ACCOUNT_ID}/configs/{CONFIG_ID}", { params: conferences, body: { data: "pin_timeout=3000" } }),
    );
    expect(error).toBeInstanceOf(KazooError);
  });
});
