import { GenesysError, type components } from "@callspec/genesys-gws";
import { describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { gws, recording } from "./client.js";

const INTERACTION_ID = "0000DaA3G4VF000Q";

describe("listContacts", () => {
  it("searches the directory with the documented filters", async () => {
    const { client, sent } = recording();
    const { data } = await client.GET("/contacts", {
      params: { query: { type: "User", filterName: "NamesOrPhoneNumberMatches", filterParameters: "Kri", limit: 10 } },
    });
    expect(data?.totalCount).toBe(1);
    expect(data?.contacts[0]).toMatchObject({ type: "User", userName: "ksippo" });
    expect(sent[0]?.query).toBe("?type=User&filterName=NamesOrPhoneNumberMatches&filterParameters=Kri&limit=10");
  });

  it("refuses a contact type the directory does not have", async () => {
    // @ts-expect-error type is User, Queue or Custom
    const error = await caught(() => gws().GET("/contacts", { params: { query: { type: "Person" } } }));
    expect((error as GenesysError).status).toBe(400);
  });
});

describe("identifyUcsContact", () => {
  it("identifies a contact and hands back the referenceId", async () => {
    const { client, sent } = recording();
    const body = {
      operationName: "IdentifyUCSContact",
      phoneNumber: "323-234-2342",
      mediaType: "call",
      createContactEnabled: true,
      userData: { key1: "value1" },
    } as const;
    const { data } = await client.POST("/contacts/ucs", { body });
    expect(data?.referenceId).toBe(123);
    expect(sent[0]).toMatchObject({ method: "POST", path: "/contacts/ucs", body });
  });
});

describe("performUcsInteractionsOperation", () => {
  it("FindPhoneCall with every documented field", async () => {
    const { client, sent } = recording();
    const body = {
      operationName: "FindPhoneCall",
      callId: "1231331",
      status: "InProcess",
      phoneNumber: "1231231231",
      type: "Inbound",
      contactId: INTERACTION_ID,
      parentId: "XXXDDDD",
      threadId: "A34XX6BA0FX",
      subject: "Order 1234",
      userData: { key1: "value1" },
    } as const;
    const { data } = await client.POST("/ucs/interactions", { body });
    expect(data?.statusCode).toBe(0);
    expect(sent[0]).toMatchObject({ path: "/ucs/interactions", body });
  });

  it("FindPhoneCall with an undocumented status is refused", async () => {
    const error = await caught(() =>
      gws().POST("/ucs/interactions", {
        // @ts-expect-error status is New, Pending, InProcess or Stopped
        body: { operationName: "FindPhoneCall", callId: "1", status: "Ringing", phoneNumber: "1", type: "Inbound" },
      }),
    );
    expect(error).toBeInstanceOf(GenesysError);
    expect((error as GenesysError).status).toBe(400);
  });
});

describe("retrieveContactHistory", () => {
  it("asks for a contact's chats of a period, with custom attributes", async () => {
    const { client, sent } = recording();
    const body: components["schemas"]["UcsContactInteractionsOperation"] = {
      operationName: "RetrieveContactHistory",
      fromDate: "2015-06-01",
      toDate: "2015-11-04",
      mediaType: "chat",
      sort: "desc",
      source: "archive",
      searchCustomAttributes: { SearchId: "123456" },
      customAttributes: ["SearchId", "CustomerId"],
    };
    const { data } = await client.POST("/ucs/contacts/{contactId}/interactions", {
      params: { path: { contactId: "00012aB0T770000M" } },
      body,
    });
    expect(data?.referenceId).toBe(123);
    expect(sent[0]).toMatchObject({ method: "POST", path: "/ucs/contacts/00012aB0T770000M/interactions", body });
  });

  it("a media type UCS does not know is refused", async () => {
    const error = await caught(() =>
      gws().POST("/ucs/contacts/{contactId}/interactions", {
        params: { path: { contactId: "00012aB0T770000M" } },
        // @ts-expect-error mediaType is call, chat, email, facebook, facebooksession, openmedia, twitter or workitem
        body: { operationName: "RetrieveContactHistory", mediaType: "sms" },
      }),
    );
    expect((error as GenesysError).status).toBe(400);
  });
});

describe("performUcsInteractionsOperation: RetrieveInteractionHistory", () => {
  it("asks for a user's interactions, at most maxSize", async () => {
    const { client, sent } = recording();
    const body = {
      operationName: "RetrieveInteractionHistory",
      fromDate: "2015-10-01",
      toDate: "2015-10-05",
      userId: "cc9016eee9c84dfeb266c642d9fd92c5",
      sort: "asc",
      maxSize: 50,
    } as const;
    const { data } = await client.POST("/ucs/interactions", { body });
    expect(data?.statusCode).toBe(0);
    expect(sent[0]).toMatchObject({ path: "/ucs/interactions", body });
  });

  it("maxSize 0 is refused", async () => {
    const error = await caught(() =>
      gws().POST("/ucs/interactions", { body: { operationName: "RetrieveInteractionHistory", maxSize: 0 } }),
    );
    expect((error as GenesysError).status).toBe(400);
  });
});

describe("performUcsInteractionOperation", () => {
  it.each([
    { operationName: "GetInteractionContent", source: "main" },
    { operationName: "SetCallContact", contactPath: `/contacts/${INTERACTION_ID}` },
    { operationName: "SetCallCompleted", callDuration: 15, userData: { key1: "value1" } },
  ] as const)("$operationName goes to the interaction", async (body) => {
    const { client, sent } = recording();
    const { data } = await client.POST("/ucs/interactions/{interactionId}", { params: { path: { interactionId: INTERACTION_ID } }, body });
    expect(data?.statusCode).toBe(0);
    expect(sent[0]).toMatchObject({ path: `/ucs/interactions/${INTERACTION_ID}`, body });
  });
});
