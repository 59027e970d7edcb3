import { unwrap } from "@callspec/kazoo";
import { expect } from "vitest";
import { ACCOUNT_ID, DEVICE_ID, USER_ID, account, kazoo, operations } from "./client.js";

const UUID = "dab25c76-7479-4ed2-ba92-6b725d68e351";
const channel = { path: { ACCOUNT_ID, UUID } };

operations({
  listSystemChannels: async () => expect((await unwrap(kazoo().GET("/channels")))[0]?.uuid).toBe(UUID),
  listChannels: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/channels", { params: account })))[0]?.authorizing_type).toBe("device"),
  getChannel: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/channels/{UUID}", { params: channel }))).timestamp).toBe(63573977746),
  actOnChannel: async () => {
    const { data, response } = await kazoo().POST("/accounts/{ACCOUNT_ID}/channels/{UUID}", {
      params: channel,
      body: { data: { action: "transfer", target: "2600" } },
    });
    expect(response.status).toBe(200);
    expect(data?.data).toBe("transfer initiated");
  },
  runChannelMetaflow: async () =>
    expect(
      (
        await kazoo().PUT("/accounts/{ACCOUNT_ID}/channels/{UUID}", {
          params: channel,
          body: { action: "metaflow", data: { data: { module: "hangup" } } },
        })
      ).data?.data,
    ).toBe("metaflow sent"),
  listUserChannels: async () =>
    expect(
      (await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/users/{USER_ID}/channels", { params: { path: { ACCOUNT_ID, USER_ID } } })))[0]
        ?.owner_id,
    ).toBe(USER_ID),
  listDeviceChannels: async () =>
    expect(
      (await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/devices/{DEVICE_ID}/channels", { params: { path: { ACCOUNT_ID, DEVICE_ID } } })))[0]
        ?.authorizing_id,
    ).toBe(DEVICE_ID),
});
