// The routes the modules serve under a user or a device (the module reads the parent from the request path).
import { expect } from "vitest";
import { ACCOUNT_ID, DEVICE_ID, USER_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

const user = { params: { path: { ACCOUNT_ID, USER_ID } } };
const device = { params: { path: { ACCOUNT_ID, DEVICE_ID } } };
const metaflows = {
  binding_digit: "*",
  digit_timeout: 3000,
  patterns: { "2(\\d+)": { module: "transfer", data: { captures: ["no_match"], takeback_dtmf: "*1", transfer_type: "blind" } } },
} as const;

describeRows([
  row(
    "listUserHotdesks",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/users/{USER_ID}/hotdesks", { params: { ...user.params, query: { page_size: 10 } } }),
    (d) => expect(d?.data?.[0]?.id).toMatch(/^[0-9a-f]{32}$/),
  ),
  row(
    "listDeviceHotdesks",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/devices/{DEVICE_ID}/hotdesks", device),
    (d) => expect(d?.data?.[0]?.username).toBe("ada@example.net"),
  ),
  row(
    "getUserMetaflows",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/users/{USER_ID}/metaflows", user),
    (d) => expect(d?.data?.binding_digit).toBe("*"),
  ),
  row(
    "updateUserMetaflows",
    200,
    () => kazoo().POST("/accounts/{ACCOUNT_ID}/users/{USER_ID}/metaflows", { ...user, body: { data: metaflows } }),
    (d) => expect(d?.data?.patterns?.["2(\\d+)"]?.module).toBe("transfer"),
  ),
  row(
    "deleteUserMetaflows",
    200,
    () => kazoo().DELETE("/accounts/{ACCOUNT_ID}/users/{USER_ID}/metaflows", user),
    (d) => expect(d?.status).toBe("success"),
  ),
  row(
    "getDeviceMetaflows",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/devices/{DEVICE_ID}/metaflows", device),
    (d) => expect(d?.data?.digit_timeout).toBeTypeOf("number"),
  ),
  row(
    "updateDeviceMetaflows",
    200,
    () => kazoo().POST("/accounts/{ACCOUNT_ID}/devices/{DEVICE_ID}/metaflows", { ...device, body: { data: metaflows } }),
    (d) => expect(d?.data?.binding_digit).toBe("*"),
  ),
  row(
    "deleteDeviceMetaflows",
    200,
    () => kazoo().DELETE("/accounts/{ACCOUNT_ID}/devices/{DEVICE_ID}/metaflows", device),
    (d) => expect(d?.status).toBe("success"),
  ),
  row(
    "listUserPresenceSubscriptions",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/users/{USER_ID}/presence", user),
    (d) => expect(d).toMatchObject({ data: { subscriptions: { "2001": {} } } }),
  ),
  row(
    "updateUserPresence",
    200,
    () => kazoo().POST("/accounts/{ACCOUNT_ID}/users/{USER_ID}/presence", { ...user, body: { data: { action: "reset" } } }),
    (d) => expect(d?.data).toBe("command sent"),
  ),
  row(
    "listDevicePresenceSubscriptions",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/devices/{DEVICE_ID}/presence", device),
    (d) => expect(d?.status).toBe("success"),
  ),
  row(
    "updateDevicePresence",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/devices/{DEVICE_ID}/presence", {
        ...device,
        body: { data: { action: "set", state: "confirmed" } },
      }),
    (d) => expect(d?.data).toBe("command sent"),
  ),
  row(
    "listUserCdrInteractions",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/users/{USER_ID}/cdrs/interaction", {
        params: { path: { ACCOUNT_ID, USER_ID }, query: { created_from: 63862800000 } },
      }),
    (d) => expect(d?.data?.[0]?.billing_seconds).toBe(118),
  ),
]);
