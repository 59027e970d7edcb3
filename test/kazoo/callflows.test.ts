import { unwrap } from "@callspec/kazoo";
import { expect } from "vitest";
import { ACCOUNT_ID, CALLFLOW_ID, USER_ID, account, kazoo, operations } from "./client.js";

const callflow = { path: { ACCOUNT_ID, CALLFLOW_ID } };
const flow = { module: "user", data: { id: USER_ID, timeout: 20 } };

operations({
  listCallflows: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/callflows", { params: account })))[0]?.modules).toEqual(["user", "voicemail"]),
  createCallflow: async () => {
    const { data, response } = await kazoo().PUT("/accounts/{ACCOUNT_ID}/callflows", {
      params: account,
      body: { data: { numbers: ["1000"], flow } },
    });
    expect(response.status).toBe(201);
    expect(data?.data.flow?.module).toBe("user");
  },
  getCallflow: async () =>
    expect(
      (await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/callflows/{CALLFLOW_ID}", { params: callflow }))).flow?.children,
    ).toMatchObject({ _: { module: "voicemail" } }),
  updateCallflow: async () =>
    expect(
      (
        await unwrap(
          kazoo().POST("/accounts/{ACCOUNT_ID}/callflows/{CALLFLOW_ID}", { params: callflow, body: { data: { numbers: ["1000"], flow } } }),
        )
      ).numbers,
    ).toContain("+14155550100"),
  patchCallflow: async () =>
    expect(
      (
        await unwrap(
          kazoo().PATCH("/accounts/{ACCOUNT_ID}/callflows/{CALLFLOW_ID}", { params: callflow, body: { data: { name: "Main line" } } }),
        )
      ).name,
    ).toBe("Main line"),
  deleteCallflow: async () =>
    expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/callflows/{CALLFLOW_ID}", { params: callflow }))).id).toBe(CALLFLOW_ID),
});
