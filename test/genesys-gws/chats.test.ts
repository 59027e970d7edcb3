import type { components } from "@callspec/genesys-gws";
import { describe, expect, it } from "vitest";
import { CHAT_ID, gws } from "./client.js";

const chatOperations: components["schemas"]["ChatOperation"][] = [
  { operationName: "Accept", nickname: "Kristi" },
  { operationName: "SendMessage", text: "Hello, how can I help?" },
  { operationName: "SendStartTypingNotification" },
  { operationName: "SendStopTypingNotification" },
  { operationName: "SendNicknameUpdatedNotice", noticeText: "Kris" },
  { operationName: "Leave" },
  { operationName: "Complete" },
  { operationName: "Complete", queueName: "PostProcessingQueue", saveLAR: true, text: "Bye", treatAs: "Normal" },
];

describe("performChatOperation", () => {
  it.each(chatOperations.map((op, i) => [`${op.operationName} #${i}`, op] as const))("%s is accepted", async (_, body) => {
    const { data } = await gws().POST("/me/chats/{chatId}", { params: { path: { chatId: CHAT_ID } }, body });
    expect(data?.statusCode).toBe(0);
  });
});
