import { GenesysError, type components } from "@callspec/genesys-gws";
import { describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { documentedNames, gws, recording, testedNames } from "./client.js";

const EMAIL_ID = "0000Na9B26EF00B1";
const QUEUE = "http://gws.example.test:8080/api/v2/queues/a58fe4c8-6c4b-4f43-9d0c-1b9a4b6c1f0e";
const content = {
  to: ["customer@example.com"],
  from: "support@example.com",
  subject: "Re: Order 1234",
  bodyAsPlainText: "It ships today.",
};

describe("listMyEmails", () => {
  it("lists the agent's emails as objects with fields=*", async () => {
    const { client, sent } = recording();
    const { data } = await client.GET("/me/emails", { params: { query: { fields: "*" } } });
    expect(sent[0]).toMatchObject({ method: "GET", path: "/me/emails", query: "?fields=*" });
    const emails = data && "emails" in data ? data.emails : [];
    expect(emails[0]?.capabilities).toContain("Reply");
    expect(emails[0]?.to).toEqual(["support@example.com"]);
  });
});

describe("createEmail", () => {
  it("creates an outbound email and hands back the referenceId of its notification", async () => {
    const { data } = await gws().POST("/me/emails", {
      body: { operationName: "Create", queueUri: QUEUE, parentId: EMAIL_ID, userData: { OrderId: "1234" } },
    });
    expect(data).toEqual({ statusCode: 0, referenceId: 123 });
  });

  it("needs queueUri", async () => {
    // @ts-expect-error Create requires queueUri
    const error = await caught(() => gws().POST("/me/emails", { body: { operationName: "Create" } }));
    expect((error as GenesysError).status).toBe(400);
  });
});

const emailOperations: components["schemas"]["EmailOperation"][] = [
  { operationName: "Accept" },
  { operationName: "Accept", saveLAR: true },
  { operationName: "Reject" },
  { operationName: "Reply", queueUri: QUEUE, bodyAsPlainText: "Thanks", subjectPrefix: "Re:", quoteOriginal: true, indentCharacter: ">" },
  { operationName: "ReplyAll", queueUri: QUEUE, body: "<p>Thanks</p>", mime: "text/html", replyToStartLine: "You wrote:" },
  { operationName: "Save", email: content },
  { operationName: "Send", queueName: "Outbound Email", email: { ...content, cc: ["sales@example.com"] }, saveLAR: true },
  { operationName: "Cancel" },
  { operationName: "Transfer", queueName: "Billing" },
  { operationName: "Transfer", userUri: "http://gws.example.test:8080/api/v2/users/63630bbebf4840d7a0bffd6312bc29ff" },
  { operationName: "Complete" },
  { operationName: "Complete", queueName: "Archive", saveLAR: false },
  { operationName: "SetDisposition", disposition: "Resolved", dispositionKey: "Outcome" },
  { operationName: "AttachUserData", userData: { UserData1: "DATA1", UserData2: 123456789 } },
  { operationName: "DeleteUserData", keys: ["UserData1"] },
  { operationName: "AddAttachment", documentId: "0000Fa92G5HY0J6E", name: "testfile.dat", size: 46, mime: "application/octet-stream" },
  { operationName: "RemoveAttachment", documentId: "0000Fa92G5HY0J6E" },
];

describe("performEmailOperation", () => {
  it.each(emailOperations.map((op, i) => [`${op.operationName} #${i}`, op] as const))("%s goes to the email as sent", async (_, body) => {
    const { client, sent } = recording();
    const { data } = await client.POST("/me/emails/{emailId}", { params: { path: { emailId: EMAIL_ID } }, body });
    expect(data?.statusCode).toBe(0);
    expect(sent).toEqual([{ method: "POST", path: `/me/emails/${EMAIL_ID}`, query: "", body }]);
  });

  it("covers every operationName of EmailOperation", () => {
    expect(testedNames(emailOperations)).toEqual(documentedNames("EmailOperation"));
  });

  it("Send without the email's recipients neither type-checks nor passes the mock", async () => {
    const error = await caught(() =>
      gws().POST("/me/emails/{emailId}", {
        params: { path: { emailId: EMAIL_ID } },
        // @ts-expect-error the email needs to and from
        body: { operationName: "Send", queueName: "Outbound Email", email: { subject: "Hi" } },
      }),
    );
    expect(error).toBeInstanceOf(GenesysError);
    expect((error as GenesysError).status).toBe(400);
  });

  it("SetDisposition needs the disposition", async () => {
    const error = await caught(() =>
      // @ts-expect-error SetDisposition requires disposition
      gws().POST("/me/emails/{emailId}", { params: { path: { emailId: EMAIL_ID } }, body: { operationName: "SetDisposition" } }),
    );
    expect((error as GenesysError).status).toBe(400);
  });
});
