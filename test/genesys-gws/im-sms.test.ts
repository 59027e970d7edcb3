import { GenesysError, type components } from "@callspec/genesys-gws";
import { describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { USER_ID, documentedNames, gws, recording, testedNames } from "./client.js";

type Schemas = components["schemas"];
const IM_ID = "00f0029a4b5ce00c";
const SMS_ID = "0001Ea9Q8UVY000T";
const devicePath = "/devices/efe1ab32-53f9-43ce-b65e-5768c61f7d4a";

describe("listMyImSessions", () => {
  it("lists the IM sessions under imSessions", async () => {
    const { data } = await gws().GET("/me/im-sessions", { params: { query: { fields: "*" } } });
    const sessions = data && "imSessions" in data ? data.imSessions : [];
    expect(sessions[0]).toMatchObject({ id: IM_ID, state: "Talking" });
  });
});

describe("initiateImSession", () => {
  it("starts a session with another agent", async () => {
    const { client, sent } = recording();
    const body = { operationName: "InitiateIMSession", destination: { phoneNumber: "5001" }, devicePath } as const;
    const { data } = await client.POST("/me/im-sessions", { body });
    expect(data?.statusCode).toBe(0);
    expect(sent[0]).toMatchObject({ method: "POST", path: "/me/im-sessions", body });
  });

  it("needs a destination", async () => {
    // @ts-expect-error InitiateIMSession requires destination
    const error = await caught(() => gws().POST("/me/im-sessions", { body: { operationName: "InitiateIMSession" } }));
    expect((error as GenesysError).status).toBe(400);
  });
});

const imOperations: Schemas["ImSessionOperation"][] = [
  { operationName: "SendMessage", text: "Can you take my 3 pm call?", destination: { phoneNumber: "5001" }, devicePath },
  { operationName: "Complete" },
  { operationName: "AttachUserData", userData: { Topic: "handover" } },
  { operationName: "UpdateUserData", userData: { Topic: "escalation" } },
];

describe("performImSessionOperation", () => {
  it.each(imOperations.map((op) => [op.operationName, op] as const))("%s goes to the session as sent", async (_, body) => {
    const { client, sent } = recording();
    const { data } = await client.POST("/me/im-sessions/{imSessionId}", { params: { path: { imSessionId: IM_ID } }, body });
    expect(data?.statusCode).toBe(0);
    expect(sent).toEqual([{ method: "POST", path: `/me/im-sessions/${IM_ID}`, query: "", body }]);
  });

  it("covers every operationName of ImSessionOperation", () => {
    expect(testedNames(imOperations)).toEqual(documentedNames("ImSessionOperation"));
  });

  it("SendMessage without devicePath is refused", async () => {
    const error = await caught(() =>
      gws().POST("/me/im-sessions/{imSessionId}", {
        params: { path: { imSessionId: IM_ID } },
        // @ts-expect-error SendMessage requires devicePath
        body: { operationName: "SendMessage", text: "hi", destination: { phoneNumber: "5001" } },
      }),
    );
    expect((error as GenesysError).status).toBe(400);
  });
});

describe("listMySmsSessions and listSmsSessionMessages", () => {
  it("list the sessions and page through a transcript", async () => {
    const { data } = await gws().GET("/me/smssessions", { params: { query: { fields: "*" } } });
    const sessions = data && "smssessions" in data ? data.smssessions : [];
    expect(sessions[0]?.participants?.map((p) => p.type)).toEqual(["Agent", "Customer"]);
    const { client, sent } = recording();
    const messages = await client.GET("/me/smssessions/{smssessionId}/messages", {
      params: { path: { smssessionId: SMS_ID }, query: { startIndex: 0, count: 20 } },
    });
    expect(messages.data?.messages.map((m) => m.type)).toEqual(["ParticipantJoined", "Text"]);
    expect(sent[0]).toMatchObject({ path: `/me/smssessions/${SMS_ID}/messages`, query: "?startIndex=0&count=20" });
  });

  it("a negative startIndex is refused", async () => {
    const error = await caught(() =>
      gws().GET("/me/smssessions/{smssessionId}/messages", { params: { path: { smssessionId: SMS_ID }, query: { startIndex: -1 } } }),
    );
    expect((error as GenesysError).status).toBe(400);
  });
});

const smsOperations: Schemas["SmsSessionOperation"][] = [
  { operationName: "Accept", nickname: "Kristi", saveLAR: true },
  { operationName: "SendUrl", url: "https://www.example.com/help" },
  { operationName: "Complete" },
  { operationName: "Complete", queueName: "Follow-up" },
  { operationName: "AttachUserData", userData: { Order: "1234" } },
  { operationName: "UpdateUserData", userData: { Order: "1235" } },
  { operationName: "DeleteUserData", keys: ["Order"] },
  { operationName: "Invite", targetUri: "http://gws.example.test:8080/api/v2/users/63630bbebf4840d7a0bffd6312bc29ff" },
  { operationName: "Invite", targetPath: "/queues/a58fe4c8-6c4b-4f43-9d0c-1b9a4b6c1f0e" },
  { operationName: "SwitchToCoach" },
  { operationName: "SwitchToBargeIn" },
  { operationName: "SendMessage", text: "How may I help you?" },
  { operationName: "Reject" },
  { operationName: "Leave" },
  { operationName: "SetDisposition", disposition: "IssueResolved", dispositionKey: "DispositionCode" },
  { operationName: "Consult", targetUri: "http://gws.example.test:8080/api/v2/contacts/429a55994ef64991a77acb77c1cf9041" },
  { operationName: "CancelConsult" },
];

describe("performSmsSessionOperation", () => {
  it.each(smsOperations.map((op, i) => [`${op.operationName} #${i}`, op] as const))("%s goes to the session as sent", async (_, body) => {
    const { client, sent } = recording();
    const { data } = await client.POST("/me/smssessions/{smssessionId}", { params: { path: { smssessionId: SMS_ID } }, body });
    expect(data?.statusCode).toBe(0);
    expect(sent).toEqual([{ method: "POST", path: `/me/smssessions/${SMS_ID}`, query: "", body }]);
  });

  it("covers every operationName of SmsSessionOperation", () => {
    expect(testedNames(smsOperations)).toEqual(documentedNames("SmsSessionOperation"));
  });

  it("Accept without a nickname neither type-checks nor passes the mock", async () => {
    const error = await caught(() =>
      // @ts-expect-error Accept requires nickname
      gws().POST("/me/smssessions/{smssessionId}", { params: { path: { smssessionId: SMS_ID } }, body: { operationName: "Accept" } }),
    );
    expect(error).toBeInstanceOf(GenesysError);
    expect((error as GenesysError).status).toBe(400);
  });

  it("DeleteUserData needs at least one key", async () => {
    const error = await caught(() =>
      gws().POST("/me/smssessions/{smssessionId}", {
        params: { path: { smssessionId: SMS_ID } },
        body: { operationName: "DeleteUserData", keys: [] },
      }),
    );
    expect((error as GenesysError).status).toBe(400);
  });
});

describe("performUserSmsSessionOperation", () => {
  it.each(["Monitor", "Coach", "BargeIn"] as const)("a supervisor intrudes in %s mode", async (supervisorVisibilityMode) => {
    const { client, sent } = recording();
    const body = { operationName: "Intrude", supervisorVisibilityMode } as const;
    const { data } = await client.POST("/users/{userId}/smssessions/{smssessionId}", {
      params: { path: { userId: USER_ID, smssessionId: SMS_ID } },
      body,
    });
    expect(data?.statusCode).toBe(0);
    expect(sent[0]).toMatchObject({ path: `/users/${USER_ID}/smssessions/${SMS_ID}`, body });
  });
});
