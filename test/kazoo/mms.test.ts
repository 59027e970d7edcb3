import { KazooError, unwrap } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { ACCOUNT_ID, DEVICE_ID, USER_ID, account, kazoo, operations } from "./client.js";

const SMS_ID = "202401-18b43c6a536a8fe1362f7a3887936be6";
const message = { path: { ACCOUNT_ID, SMS_ID } };

operations({
  listMms: async () => {
    const sent: string[] = [];
    const client = kazoo();
    client.use({ onRequest: ({ request }) => void sent.push(new URL(request.url).search) });
    const { data } = await client.GET("/accounts/{ACCOUNT_ID}/mms", {
      params: { ...account, query: { created_from: 63862000000, created_to: 63862817600 } },
    });
    expect(sent[0]).toBe("?created_from=63862000000&created_to=63862817600");
    expect(data?.data[0]?.id).toBe(SMS_ID);
  },
  sendMms: async () => {
    const sent = await unwrap(
      kazoo().PUT("/accounts/{ACCOUNT_ID}/mms", {
        params: account,
        body: { data: { to: "+14155550199", from: "+14155550100", body: "Content-Type: text/plain\r\n\r\nHello" } },
      }),
    );
    expect(sent.route_type).toBe("offnet");
    expect(sent.status).toBe("queued");
  },
  getMms: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/mms/{SMS_ID}", { params: message }))).to).toBe("+14155550199"),
  deleteMms: async () => expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/mms/{SMS_ID}", { params: message }))).id).toBe(SMS_ID),
  listUserMms: async () =>
    expect(
      (await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/users/{USER_ID}/mms", { params: { path: { ACCOUNT_ID, USER_ID } } })))[0]
        ?.direction,
    ).toBe("outbound"),
  listDeviceMms: async () =>
    expect(
      (await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/devices/{DEVICE_ID}/mms", { params: { path: { ACCOUNT_ID, DEVICE_ID } } })))[0]
        ?.from,
    ).toBe("+14155550100"),
});

describe("mms validation", () => {
  it("an MMS without to fails tsc and the mock", async () => {
    const error = await caught(() =>
      // @ts-expect-error to is required.
      kazoo().PUT("/accounts/{ACCOUNT_ID}/mms", { params: account, body: { data: { body: "Hello" } } }),
    );
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(400);
  });
  it("an SMS_ID without its month prefix is refused by the mock", async () => {
    const error = await caught(() =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/mms/{SMS_ID}", { params: { path: { ACCOUNT_ID, SMS_ID: "18b43c6a536a8fe1362f7a3887936be6" } } }),
    );
    expect((error as KazooError).status).toBe(400);
  });
});
