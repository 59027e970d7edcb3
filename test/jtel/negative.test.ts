import { ConfigurationError, JtelError, JtelRequestError, PathParameterError, createJtelClient, one } from "@callspec/jtel";
import { describe, expect, it } from "vitest";
import { caught, mockOf } from "../support/mocks.js";
import { CLIENTS_ID, TOKEN_1, TOKEN_2, jtel } from "./client.js";

const importBody = { Name: "Mustermann", DiallerCampaignsID: 538, PhoneNumber1: "+4989461495000" };

describe("contact import validation (Prism rejects, the client throws JtelError)", () => {
  it.each([
    ["no name", { DiallerCampaignsID: 538, PhoneNumber1: "+4989461495000" }],
    ["no campaign, neither id nor name", { Name: "Mustermann", PhoneNumber2: "+4989461495000" }],
    ["a name over the CSV spec's 64 characters", { ...importBody, Name: "x".repeat(65) }],
    ["a postal code over 10 characters", { ...importBody, PostalCode: "12345678901" }],
  ])("refuses an import with %s: 400", async (_, body) => {
    const error = (await caught(() => jtel().POST("/dialler/contacts/import", { body: body as never }))) as JtelError;
    expect(error).toBeInstanceOf(JtelError);
    expect(error.status).toBe(400);
    expect(error.kind).toBe("bad-request");
    expect(error.vendorCode).toBe(400);
  });

  it("refuses an import without a phone number before sending; the mock refuses it too", async () => {
    const noPhone = { Name: "Mustermann", DiallerCampaignsID: 538, FaxNumber: "+4989461495099" };
    const sent: string[] = [];
    const client = createJtelClient({
      baseUrl: mockOf("jtel").origin,
      clientsId: CLIENTS_ID,
      token: TOKEN_1,
      retry: false,
      fetch: (r) => {
        sent.push(r.url);
        return fetch(r);
      },
    });
    // An empty number counts as none.
    for (const body of [noPhone, { ...noPhone, PhoneNumber2: "" }]) {
      const error = await caught(() => client.POST("/dialler/contacts/import", { body }));
      expect(error).toBeInstanceOf(JtelRequestError);
      expect((error as Error).message).toMatch(/PhoneNumber1 to PhoneNumber6; nothing was sent/);
    }
    expect(sent).toEqual([]);
    // The spec still requires a phone number: Prism, validating the request, says 400.
    const raw = await fetch(`${mockOf("jtel").origin}/rest/v1.0/${CLIENTS_ID}/dialler/contacts/import`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN_1}` },
      body: JSON.stringify(noPhone),
    });
    expect(raw.status).toBe(400);
  });

  it("accepts the same import once it has a phone number (the rejection above is about the phone)", async () => {
    const { response } = await jtel().POST("/dialler/contacts/import", {
      body: { Name: "Mustermann", DiallerCampaignsID: 538, PhoneNumber6: "+4989461495000" },
    });
    expect(response.status).toBe(200);
  });

  it("refuses an AcdEvent without a subject, and a batch retrieval with neither list", async () => {
    const event = (await caught(() =>
      jtel().POST("/acd/events/create", { body: { AcdEventTypesID: 3, AcdGroupsID: 12, Sender: "+4989461495000" } as never }),
    )) as JtelError;
    expect([event.status, event.kind]).toEqual([400, "bad-request"]);
    const batch = (await caught(() => jtel().POST("/dialler/contacts", { body: {} as never }))) as JtelError;
    expect([batch.status, batch.kind]).toEqual([400, "bad-request"]);
  });
});

describe("404 with a body: the object does not exist", () => {
  it("maps `{status, error}` to kind object-not-found", async () => {
    const error = (await caught(() =>
      jtel().GET("/dialler/campaigns/{DiallerCampaignsID}", {
        params: { path: { DiallerCampaignsID: 999999 } },
        headers: { Prefer: "code=404" },
      }),
    )) as JtelError;
    expect(error).toBeInstanceOf(JtelError);
    expect(error.kind).toBe("object-not-found");
    expect(error.vendorCode).toBe(404);
    expect(error.vendorMessage).toBe("Dialler campaign not found");
  });
});

describe("auth", () => {
  it("a request without a token gets the spec's 401, as JtelError kind unauthorized, without the tokens", async () => {
    const response = await fetch(`${mockOf("jtel").url}/users`);
    expect(response.status).toBe(401);
    const stripAuth = (request: Request, init?: RequestInit) => {
      request.headers.delete("Authorization");
      return fetch(request, init);
    };
    const client = createJtelClient({
      baseUrl: mockOf("jtel").origin,
      clientsId: CLIENTS_ID,
      token: [TOKEN_1, TOKEN_2],
      retry: false,
      fetch: stripAuth,
    });
    const error = (await caught(() => client.GET("/users"))) as JtelError;
    expect(error).toBeInstanceOf(JtelError);
    expect(error.status).toBe(401);
    expect(error.kind).toBe("unauthorized");
    // Both tokens were tried (the 401 switched to token 2); neither shows.
    expect(client.tokenInUse).toBe(2);
    const views = String(error) + JSON.stringify(error) + error.stack;
    expect(views).not.toContain(TOKEN_1);
    expect(views).not.toContain(TOKEN_2);
  });

  it("the mock answers under the spec's default ClientsID, the URL a user is handed", async () => {
    expect(mockOf("jtel").url).toBe(`${mockOf("jtel").origin}/rest/v1.0/1001`);
    const client = createJtelClient({ baseUrl: mockOf("jtel").url, clientsId: CLIENTS_ID, token: TOKEN_1, retry: false });
    expect((await client.GET("/users")).data?.status).toBe(200);
  });
});

describe("guards before sending", () => {
  const spy = () => {
    const client = jtel();
    return client;
  };
  it.each([["abc"], [1.5], [0], [-3], ["12abc"], [""], [Number.NaN], [undefined]])("refuses DiallerCampaignsID %j", async (value) => {
    const client = spy();
    const error = await caught(() =>
      client.GET("/dialler/campaigns/{DiallerCampaignsID}", { params: { path: { DiallerCampaignsID: value as number } } }),
    );
    expect(error).toBeInstanceOf(PathParameterError);
    expect((error as PathParameterError).parameter).toBe("DiallerCampaignsID");
    expect(client.sent).toEqual([]);
  });

  it("accepts a digit string as an id, and refuses a non-integer cockpit value", async () => {
    const client = spy();
    expect(one(await client.GET("/users/user/{UsersID}", { params: { path: { UsersID: "3" as unknown as number } } })).TelStatusID).toBe(0);
    const error = await caught(() =>
      client.PATCH("/cockpitVariables/cockpitVariable/{CockpitVariablesID}/setValue/{value}", {
        params: { path: { CockpitVariablesID: 192, value: 2.5 } },
      }),
    );
    expect(error).toBeInstanceOf(PathParameterError);
    expect(client.sent).toHaveLength(1);
  });

  it.each([
    ["..", /is "\.\."/],
    ["", /is empty/],
    [undefined, /is missing/],
  ])("refuses UFN %j", async (value, message) => {
    const client = spy();
    const error = await caught(() => client.GET("/calls/{UFN}/hangup", { params: { path: { UFN: value as string } } }));
    expect(error).toBeInstanceOf(PathParameterError);
    expect((error as Error).message).toMatch(message);
    expect(client.sent).toEqual([]);
  });

  it.each([[0], [-1], ["abc"], [1.5], [undefined], ["007"]])("refuses clientsId %j at creation", (clientsId) => {
    expect(() => createJtelClient({ baseUrl: "https://acd.example.test", clientsId: clientsId as number, token: TOKEN_1 })).toThrow(
      ConfigurationError,
    );
  });

  it("refuses a base URL naming another ClientsID, and bad token lists", () => {
    expect(() => createJtelClient({ baseUrl: "https://acd.example.test/rest/v1.0/7", clientsId: 8, token: TOKEN_1 })).toThrow(
      /names ClientsID 7/,
    );
    expect(() => createJtelClient({ baseUrl: "https://acd.example.test", clientsId: 8, token: [] })).toThrow(ConfigurationError);
    expect(() => createJtelClient({ baseUrl: "https://acd.example.test", clientsId: 8, token: [TOKEN_1, TOKEN_2, "third-token"] })).toThrow(
      ConfigurationError,
    );
    expect(() => createJtelClient({ baseUrl: "https://acd.example.test", clientsId: 8, token: [TOKEN_1, ""] })).toThrow(
      /token 2 is missing/,
    );
  });
});
