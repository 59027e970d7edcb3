import { unwrap } from "@callspec/kazoo";
import { expect } from "vitest";
import { ACCOUNT_ID, USER_ID, VM_BOX_ID, VM_MSG_ID, account, kazoo, operations } from "./client.js";

const box = { path: { ACCOUNT_ID, VM_BOX_ID } };
const message = { path: { ACCOUNT_ID, VM_BOX_ID, VM_MSG_ID } };

operations({
  listVmboxes: async () => expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/vmboxes", { params: account })))[0]?.messages).toBe(4),
  createVmbox: async () => {
    const { data, response } = await kazoo().PUT("/accounts/{ACCOUNT_ID}/vmboxes", {
      params: account,
      body: { data: { name: "Ada's voicemail", mailbox: "3000", owner_id: USER_ID } },
    });
    expect(response.status).toBe(201);
    expect(data?.data.mailbox).toBe("3000");
  },
  getVmbox: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/vmboxes/{VM_BOX_ID}", { params: box }))).require_pin).toBe(true),
  updateVmbox: async () =>
    expect(
      (
        await unwrap(
          kazoo().POST("/accounts/{ACCOUNT_ID}/vmboxes/{VM_BOX_ID}", { params: box, body: { data: { name: "Box", mailbox: "3001" } } }),
        )
      ).owner_id,
    ).toBe(USER_ID),
  patchVmbox: async () =>
    expect(
      (await unwrap(kazoo().PATCH("/accounts/{ACCOUNT_ID}/vmboxes/{VM_BOX_ID}", { params: box, body: { data: { skip_greeting: true } } })))
        .skip_greeting,
    ).toBe(true),
  deleteVmbox: async () =>
    expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/vmboxes/{VM_BOX_ID}", { params: box }))).id).toBe(VM_BOX_ID),
  listAccountVoicemailMessages: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/vmboxes/messages", { params: account })))[0]?.[VM_BOX_ID]?.media_id).toBe(
      VM_MSG_ID,
    ),
  listVoicemailMessages: async () =>
    expect(
      (
        await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/vmboxes/{VM_BOX_ID}/messages", { params: { ...box, query: { folder: "new" } } }))
      )[0]?.length,
    ).toBe(3140),
  createVoicemailMessage: async () => {
    const { data, response } = await kazoo().PUT("/accounts/{ACCOUNT_ID}/vmboxes/{VM_BOX_ID}/messages", {
      params: box,
      body: { data: { caller_id_number: "1001", folder: "new" } },
    });
    expect(response.status).toBe(201);
    expect(data?.data.media_id).toBe(VM_MSG_ID);
  },
  updateVoicemailMessages: async () =>
    expect(
      (
        await unwrap(
          kazoo().POST("/accounts/{ACCOUNT_ID}/vmboxes/{VM_BOX_ID}/messages", {
            params: box,
            body: { data: { folder: "saved", messages: [VM_MSG_ID] } },
          }),
        )
      ).succeeded,
    ).toEqual([VM_MSG_ID]),
  deleteVoicemailMessages: async () =>
    expect(
      (
        await unwrap(
          kazoo().DELETE("/accounts/{ACCOUNT_ID}/vmboxes/{VM_BOX_ID}/messages", { params: { ...box, query: { folder: "deleted" } } }),
        )
      ).failed,
    ).toEqual([]),
  downloadVoicemailMessages: async () => {
    const { data, response } = await kazoo().POST("/accounts/{ACCOUNT_ID}/vmboxes/{VM_BOX_ID}/messages/raw", {
      params: box,
      body: { data: { messages: [VM_MSG_ID] } },
      parseAs: "arrayBuffer",
    });
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(data).toBeInstanceOf(ArrayBuffer);
  },
  getVoicemailMessage: async () =>
    expect(
      (await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/vmboxes/{VM_BOX_ID}/messages/{VM_MSG_ID}", { params: message }))).caller_id_name,
    ).toBe("Grace Hopper"),
  updateVoicemailMessage: async () =>
    expect(
      (
        await unwrap(
          kazoo().POST("/accounts/{ACCOUNT_ID}/vmboxes/{VM_BOX_ID}/messages/{VM_MSG_ID}", {
            params: message,
            body: { data: { folder: "saved" } },
          }),
        )
      ).transcription?.text,
    ).toContain("invoice"),
  deleteVoicemailMessage: async () =>
    expect(
      (await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/vmboxes/{VM_BOX_ID}/messages/{VM_MSG_ID}", { params: message }))).folder,
    ).toBe("deleted"),
  downloadVoicemailMessage: async () => {
    const { data, response } = await kazoo().GET("/accounts/{ACCOUNT_ID}/vmboxes/{VM_BOX_ID}/messages/{VM_MSG_ID}/raw", {
      params: message,
      parseAs: "arrayBuffer",
    });
    expect(response.headers.get("content-type")).toMatch(/^audio\//);
    expect(data).toBeInstanceOf(ArrayBuffer);
  },
  uploadVoicemailMessage: async () => {
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array([0x49, 0x44, 0x33])], { type: "audio/mpeg" }), "voice.mp3");
    expect(
      (
        await unwrap(
          kazoo().PUT("/accounts/{ACCOUNT_ID}/vmboxes/{VM_BOX_ID}/messages/{VM_MSG_ID}/raw", {
            params: message,
            body: form as never,
            bodySerializer: (b) => b as unknown as FormData,
          }),
        )
      ).media_id,
    ).toBe(VM_MSG_ID);
  },
});
