import type { components } from "@callspec/genesys-gws";
import { describe, expect, it } from "vitest";
import { GenesysError } from "@callspec/genesys-gws";
import { caught } from "../support/mocks.js";
import { CHAT_ID, documentedNames, gws, recording, testedNames } from "./client.js";

const chatOperations: components["schemas"]["ChatOperation"][] = [
  { operationName: "Accept", nickname: "Kristi" },
  { operationName: "SendMessage", text: "Hello, how can I help?" },
  { operationName: "SendStartTypingNotification" },
  { operationName: "SendStopTypingNotification" },
  { operationName: "SendNicknameUpdatedNotice", noticeText: "Kris" },
  { operationName: "Leave" },
  { operationName: "Complete" },
  { operationName: "Complete", queueName: "PostProcessingQueue", saveLAR: true, text: "Bye", treatAs: "Normal" },
  { operationName: "Reject" },
  { operationName: "SendUrl", url: "https://www.example.com/help" },
  { operationName: "SendCustomNotice", noticeText: "The agent is looking this up" },
  { operationName: "SendCustomNoticeToAgents", noticeText: "VIP customer", text: "One moment", treatAs: "System" },
  { operationName: "Transfer", queueName: "Billing", text: "Passing you to billing" },
  { operationName: "Transfer", targetUri: "http://gws.example.test:8080/api/v2/users/63630bbebf4840d7a0bffd6312bc29ff" },
  { operationName: "Consult", targetUri: "http://gws.example.test:8080/api/v2/users/63630bbebf4840d7a0bffd6312bc29ff" },
  { operationName: "Invite", targetUri: "http://gws.example.test:8080/api/v2/users/63630bbebf4840d7a0bffd6312bc29ff" },
  { operationName: "AttachUserData", userData: { Order: "1234" } },
  { operationName: "UpdateUserData", userData: { Order: "1235" } },
  { operationName: "DeleteUserData", keys: ["Order"] },
  { operationName: "SetDisposition", disposition: "IssueResolved", dispositionKey: "DispositionCode" },
  { operationName: "SendStartTypingToAgentsNotification" },
];

describe("performChatOperation", () => {
  it.each(chatOperations.map((op, i) => [`${op.operationName} #${i}`, op] as const))("%s is accepted", async (_, body) => {
    const { client, sent } = recording();
    const { data } = await client.POST("/me/chats/{chatId}", { params: { path: { chatId: CHAT_ID } }, body });
    expect(data?.statusCode).toBe(0);
    expect(sent).toEqual([{ method: "POST", path: `/me/chats/${CHAT_ID}`, query: "", body }]);
  });

  it("covers every operationName of ChatOperation", () => {
    expect(testedNames(chatOperations)).toEqual(documentedNames("ChatOperation"));
  });

  it("Consult without a target neither type-checks nor passes the mock", async () => {
    const error = await caught(() =>
      // @ts-expect-error Consult requires targetUri
      gws().POST("/me/chats/{chatId}", { params: { path: { chatId: CHAT_ID } }, body: { operationName: "Consult" } }),
    );
    expect(error).toBeInstanceOf(GenesysError);
    expect((error as GenesysError).status).toBe(400);
  });
});

describe("listMyChats and getMyChat", () => {
  it("list the chats and read one under the singular key", async () => {
    const { data } = await gws().GET("/me/chats", { params: { query: { fields: "*" } } });
    expect(data && "chats" in data ? data.chats[0]?.id : undefined).toBe(CHAT_ID);
    const one = await gws().GET("/me/chats/{chatId}", { params: { path: { chatId: CHAT_ID } } });
    expect(one.data?.chat.capabilities).toContain("SendMessage");
  });
});
