import { createJambonzClient, JambonzError, type JambonzSchema, PathParameterError } from "@callspec/jambonz";
import { describe, expect, expectTypeOf, it } from "vitest";
import { caught, mockOf } from "../support/mocks.js";
import { ACCOUNT_SID, TEST_API_KEY, jambonz } from "./client.js";

describe("request validation", () => {
  it("a body Prism rejects surfaces as a typed JambonzError with the spec's 400", async () => {
    const error = await caught(() =>
      jambonz().POST("/Accounts/{AccountSid}/Calls", {
        params: { path: { AccountSid: ACCOUNT_SID } },
        // Neither application_sid nor the five speech settings: the real server refuses this too.
        body: { from: "15085551212", to: { type: "phone", number: "15083334444" } } as never,
      }),
    );
    expect(error).toBeInstanceOf(JambonzError);
    expect((error as JambonzError).status).toBe(400);
    expect((error as JambonzError).method).toBe("POST");
    // The body is typed as the spec's error answers; the mock's `{msg}` names what is missing.
    const { body } = error as JambonzError;
    expectTypeOf(body).toEqualTypeOf<
      JambonzSchema<"GeneralError"> | JambonzSchema<"MessageError"> | JambonzSchema<"ErrorText"> | string | undefined
    >();
    expect(typeof body === "object" && "msg" in body ? body.msg : body).toMatch(/application_sid|required/);
  });

  it("a malformed sid is refused with 400", async () => {
    const error = await caught(() => jambonz().GET("/Accounts/{AccountSid}", { params: { path: { AccountSid: "not-a-uuid" } } }));
    expect(error).toBeInstanceOf(JambonzError);
    expect((error as JambonzError).status).toBe(400);
  });

  it("a missing bearer token gets the spec's 401, and the error does not carry a token", async () => {
    const base = mockOf("jambonz").url;
    const response = await fetch(`${base}/Accounts`);
    expect(response.status).toBe(401);
    // A transport that drops the header the client set, as a misconfigured proxy would.
    const stripAuth = (request: Request, init?: RequestInit) => {
      request.headers.delete("Authorization");
      return fetch(request, init);
    };
    const client = createJambonzClient({ baseUrl: base, apiKey: TEST_API_KEY, retry: false, fetch: stripAuth });
    const error = await caught(() => client.GET("/Accounts"));
    expect(error).toBeInstanceOf(JambonzError);
    expect((error as JambonzError).status).toBe(401);
    expect(JSON.stringify(error) + String(error)).not.toContain(TEST_API_KEY);
  });
});

describe("path guards", () => {
  const sent: string[] = [];
  const spy = () => {
    const client = jambonz();
    client.use({ onRequest: ({ request }) => void sent.push(request.url) });
    return client;
  };
  it.each([
    ["..", /"AccountSid".*is "\.\."/],
    [".", /"AccountSid".*is "\."/],
    ["", /"AccountSid".*is empty/],
    [undefined, /"AccountSid".*is missing/],
  ])("refuses AccountSid %j before sending", async (value, message) => {
    sent.length = 0;
    const error = await caught(() => spy().GET("/Accounts/{AccountSid}", { params: { path: { AccountSid: value as string } } }));
    expect(error).toBeInstanceOf(PathParameterError);
    expect(String((error as Error).message)).toMatch(message);
    expect(sent).toEqual([]);
  });
});
