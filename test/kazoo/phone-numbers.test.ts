import { unwrap } from "@callspec/kazoo";
import { expect } from "vitest";
import { ACCOUNT_ID, account, kazoo, operations } from "./client.js";

const PHONE_NUMBER = "+14155550100";
const number = { path: { ACCOUNT_ID, PHONE_NUMBER } };
const numbers = { data: { numbers: [PHONE_NUMBER] } };

operations({
  searchSystemNumbers: async () =>
    expect(
      (await unwrap(kazoo().GET("/phone_numbers", { params: { query: { prefix: "415", quantity: 2, offset: 0, country: "US" } } })))[0]
        ?.rate_center,
    ).toMatchObject({ state: "CA" }),
  listPhoneNumbers: async () =>
    expect(await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/phone_numbers", { params: account }))).toMatchObject({
      numbers: { [PHONE_NUMBER]: { state: "in_service" } },
    }),
  getNumberCarriersInfo: async () =>
    expect(
      (await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/phone_numbers/carriers_info", { params: account }))).maximal_prefix_length,
    ).toBe(3),
  checkNumbers: async () =>
    expect(
      (await unwrap(kazoo().POST("/accounts/{ACCOUNT_ID}/phone_numbers/check", { params: account, body: numbers })))[PHONE_NUMBER],
    ).toBe("success"),
  listNumberClassifiers: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/phone_numbers/classifiers", { params: account }))).emergency?.regex).toBe(
      "^(911)$",
    ),
  classifyNumber: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/phone_numbers/classifiers/{PHONE_NUMBER}", { params: number }))).name).toBe(
      "did_us",
    ),
  createNumbers: async () => {
    const { data, response } = await kazoo().PUT("/accounts/{ACCOUNT_ID}/phone_numbers/collection", { params: account, body: numbers });
    expect(response.status).toBe(201);
    expect(data?.data.success?.[PHONE_NUMBER]?.state).toBe("reserved");
  },
  updateNumbers: async () =>
    expect(
      (await unwrap(kazoo().POST("/accounts/{ACCOUNT_ID}/phone_numbers/collection", { params: account, body: numbers }))).success?.[
        PHONE_NUMBER
      ]?.used_by,
    ).toBe("callflow"),
  patchNumbers: async () =>
    expect(
      (await unwrap(kazoo().PATCH("/accounts/{ACCOUNT_ID}/phone_numbers/collection", { params: account, body: numbers }))).success?.[
        PHONE_NUMBER
      ]?.cnam?.display_name,
    ).toBe("Example Corp"),
  deleteNumbers: async () =>
    expect(
      (await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/phone_numbers/collection", { params: account, body: numbers }))).success?.[
        PHONE_NUMBER
      ]?.state,
    ).toBe("available"),
  activateNumbers: async () =>
    expect(
      (await unwrap(kazoo().PUT("/accounts/{ACCOUNT_ID}/phone_numbers/collection/activate", { params: account, body: numbers }))).success?.[
        PHONE_NUMBER
      ]?._read_only?.state,
    ).toBe("in_service"),
  fixNumbers: async () =>
    expect(
      (await unwrap(kazoo().POST("/accounts/{ACCOUNT_ID}/phone_numbers/fix", { params: account, body: { data: {} } }))).numbers?.[
        PHONE_NUMBER
      ]?.used_by,
    ).toBe("callflow"),
  fixNumber: async () =>
    expect(
      (await unwrap(kazoo().POST("/accounts/{ACCOUNT_ID}/phone_numbers/fix/{PHONE_NUMBER}", { params: number, body: { data: {} } }))).id,
    ).toBe(PHONE_NUMBER),
  getNumbersLocality: async () =>
    expect(
      (await unwrap(kazoo().POST("/accounts/{ACCOUNT_ID}/phone_numbers/locality", { params: account, body: numbers })))[PHONE_NUMBER]
        ?.country,
    ).toBe("US"),
  listNumbersByCity: async () =>
    expect(
      await unwrap(
        kazoo().GET("/accounts/{ACCOUNT_ID}/phone_numbers/prefix", {
          params: { ...account, query: { country: "US", city: "San Francisco" } },
        }),
      ),
    ).toHaveProperty("415"),
  getPhoneNumber: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/phone_numbers/{PHONE_NUMBER}", { params: number }))).features).toEqual([
      "local",
    ]),
  createPhoneNumber: async () => {
    const { data, response } = await kazoo().PUT("/accounts/{ACCOUNT_ID}/phone_numbers/{PHONE_NUMBER}", {
      params: number,
      body: { data: { create_with_state: "reserved" } },
    });
    expect(response.status).toBe(201);
    expect(data?.data.state).toBe("reserved");
  },
  updatePhoneNumber: async () =>
    expect(
      (
        await unwrap(
          kazoo().POST("/accounts/{ACCOUNT_ID}/phone_numbers/{PHONE_NUMBER}", {
            params: number,
            body: { data: { cnam: { display_name: "Example Corp" } } },
          }),
        )
      ).cnam?.inbound_lookup,
    ).toBe(true),
  patchPhoneNumber: async () =>
    expect(
      (
        await unwrap(
          kazoo().PATCH("/accounts/{ACCOUNT_ID}/phone_numbers/{PHONE_NUMBER}", {
            params: number,
            body: { data: { cnam: { inbound_lookup: false } } },
          }),
        )
      ).state,
    ).toBe("in_service"),
  releasePhoneNumber: async () =>
    expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/phone_numbers/{PHONE_NUMBER}", { params: number }))).state).toBe(
      "available",
    ),
  activatePhoneNumber: async () =>
    expect(
      (await unwrap(kazoo().PUT("/accounts/{ACCOUNT_ID}/phone_numbers/{PHONE_NUMBER}/activate", { params: number, body: { data: {} } })))
        .state,
    ).toBe("in_service"),
  identifyPhoneNumber: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/phone_numbers/{PHONE_NUMBER}/identify", { params: number }))).account_id).toBe(
      ACCOUNT_ID,
    ),
  portInPhoneNumber: async () =>
    expect(
      (
        await unwrap(
          kazoo().PUT("/accounts/{ACCOUNT_ID}/phone_numbers/{PHONE_NUMBER}/port", {
            params: number,
            body: { data: { porting: { service_provider: "Old Telco" } } },
          }),
        )
      ).state,
    ).toBe("port_in"),
  reservePhoneNumber: async () =>
    expect(
      (await unwrap(kazoo().PUT("/accounts/{ACCOUNT_ID}/phone_numbers/{PHONE_NUMBER}/reserve", { params: number, body: { data: {} } })))
        .state,
    ).toBe("reserved"),
});
