import { unwrap } from "@callspec/kazoo";
import { expect } from "vitest";
import { ACCOUNT_ID, DEVICE_ID, USER_ID, account, kazoo, operations } from "./client.js";

const device = { path: { ACCOUNT_ID, DEVICE_ID } };

operations({
  listDevices: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/devices", { params: account })))[0]?.device_type).toBe("sip_device"),
  createDevice: async () => {
    const { data, response } = await kazoo().PUT("/accounts/{ACCOUNT_ID}/devices", {
      params: account,
      body: { data: { name: "Reception desk phone", owner_id: USER_ID } },
    });
    expect(response.status).toBe(201);
    expect(data?.data.sip?.invite_format).toBe("username");
  },
  getDevice: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/devices/{DEVICE_ID}", { params: device }))).owner_id).toBe(USER_ID),
  updateDevice: async () =>
    expect(
      (await unwrap(kazoo().POST("/accounts/{ACCOUNT_ID}/devices/{DEVICE_ID}", { params: device, body: { data: { name: "Desk" } } }))).name,
    ).toBe("Reception desk phone"),
  patchDevice: async () =>
    expect(
      (await unwrap(kazoo().PATCH("/accounts/{ACCOUNT_ID}/devices/{DEVICE_ID}", { params: device, body: { data: { enabled: false } } })))
        .enabled,
    ).toBe(false),
  deleteDevice: async () =>
    expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/devices/{DEVICE_ID}", { params: device }))).id).toBe(DEVICE_ID),
  notifyDevice: async () => {
    const { data, response } = await kazoo().PUT("/accounts/{ACCOUNT_ID}/devices/{DEVICE_ID}", {
      params: device,
      body: { action: "notify", data: { event: "check-sync" } },
    });
    expect(response.status).toBe(201);
    expect(data?.data).toBe("NOTIFY sent");
  },
  listDeviceStatuses: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/devices/status", { params: account })))[0]).toEqual({
      device_id: DEVICE_ID,
      registered: true,
    }),
  syncDevice: async () => {
    const { data, response } = await kazoo().POST("/accounts/{ACCOUNT_ID}/devices/{DEVICE_ID}/sync", { params: device });
    expect(response.status).toBe(200);
    expect(data?.data).toBe("sync request sent");
  },
  getDeviceAccessLists: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/devices/{DEVICE_ID}/access_lists", { params: device }))).order).toBe(
      "allow,deny",
    ),
  updateDeviceAccessLists: async () =>
    expect(
      (
        await unwrap(
          kazoo().POST("/accounts/{ACCOUNT_ID}/devices/{DEVICE_ID}/access_lists", {
            params: device,
            body: { data: { order: "deny,allow", cidrs: ["10.0.0.0/8"] } },
          }),
        )
      ).cidrs,
    ).toEqual(["127.0.0.3/32"]),
  deleteDeviceAccessLists: async () =>
    expect(await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/devices/{DEVICE_ID}/access_lists", { params: device }))).toEqual({}),
  getDeviceRateLimits: async () =>
    expect(
      (await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/devices/{DEVICE_ID}/rate_limits", { params: device }))).per_second?.invites,
    ).toBe(5),
  updateDeviceRateLimits: async () =>
    expect(
      (
        await unwrap(
          kazoo().POST("/accounts/{ACCOUNT_ID}/devices/{DEVICE_ID}/rate_limits", {
            params: device,
            body: { data: { per_minute: { total_packets: 100 }, per_second: { total_packets: 10 } } },
          }),
        )
      ).per_minute?.total_packets,
    ).toBe(200),
  deleteDeviceRateLimits: async () =>
    expect(await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/devices/{DEVICE_ID}/rate_limits", { params: device }))).toEqual({}),
});
