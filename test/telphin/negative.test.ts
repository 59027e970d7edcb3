import { PathParameterError, TelphinError, createTelphinClient } from "@callspec/telphin";
import { describe, expect, it } from "vitest";
import { caught, mockOf } from "../support/mocks.js";
import { TEST_TOKEN, telphin } from "./client.js";

describe("request validation by the mock", () => {
  it("a create without the required type surfaces as TelphinError with the spec's 400", async () => {
    const error = await caught(() =>
      telphin().POST("/client/{client_id}/extension/", {
        params: { path: { client_id: "@me" } },
        body: { name: "300", status: "active" } as never,
      }),
    );
    expect(error).toBeInstanceOf(TelphinError);
    expect((error as TelphinError).status).toBe(400);
    expect((error as TelphinError).method).toBe("POST");
  });

  it("an event type outside the enum is refused with 400", async () => {
    const error = await caught(() =>
      telphin().POST("/extension/{extension_id}/event/", {
        params: { path: { extension_id: "@me" } },
        body: { url: "https://myshost.org/calls", method: "POST", event_type: "ringing" as never },
      }),
    );
    expect((error as TelphinError).status).toBe(400);
  });

  it("a realm id that is neither a number nor @me is refused with 400", async () => {
    const error = await caught(() =>
      telphin().PUT("/client/{client_id}/did/{did_id}", {
        params: { path: { client_id: "me", did_id: 1001 } },
        body: { extension_id: 149 },
      }),
    );
    expect(error).toBeInstanceOf(TelphinError);
    expect((error as TelphinError).status).toBe(400);
  });

  it("a date without the space form is refused with 400", async () => {
    const error = await caught(() =>
      telphin().GET("/client/{client_id}/call_history/", {
        params: { path: { client_id: "@me" }, query: { start_datetime: "2021-01-01T00:00:00Z" } },
      }),
    );
    expect((error as TelphinError).status).toBe(400);
  });

  it("a missing bearer token gets the spec's 401 as TelphinError, without the token in it", async () => {
    const base = mockOf("telphin").url;
    expect((await fetch(`${base}/user/`)).status).toBe(401);
    const stripAuth = (request: Request, init?: RequestInit) => {
      request.headers.delete("Authorization");
      return fetch(request, init);
    };
    const client = createTelphinClient({ baseUrl: base, token: TEST_TOKEN, retry: false, fetch: stripAuth });
    const error = await caught(() => client.GET("/user/"));
    expect(error).toBeInstanceOf(TelphinError);
    expect((error as TelphinError).status).toBe(401);
    expect(JSON.stringify(error) + String(error)).not.toContain(TEST_TOKEN);
  });
});

describe("path guards", () => {
  it.each([
    ["..", /"extension_id".*is "\.\."/],
    ["", /"extension_id".*is empty/],
    [undefined, /"extension_id".*is missing/],
  ])("refuses extension_id %j before sending", async (value, message) => {
    const sent: string[] = [];
    const client = createTelphinClient({
      baseUrl: mockOf("telphin").url,
      token: TEST_TOKEN,
      fetch: (request: Request) => {
        sent.push(request.url);
        return fetch(request);
      },
    });
    const error = await caught(() =>
      client.GET("/extension/{extension_id}/phone/", { params: { path: { extension_id: value as string } } }),
    );
    expect(error).toBeInstanceOf(PathParameterError);
    expect(String((error as Error).message)).toMatch(message);
    expect(sent).toEqual([]);
  });
});

describe("client options", () => {
  it.each([
    [{ clientId: "id" }, /clientId and clientSecret go together/],
    [{}, /Give a token, or clientId and clientSecret/],
    [{ token: "" }, /token is missing or empty/],
    [
      { clientId: "id", clientSecret: "s\u0000cret", username: "u", password: "p" },
      /clientSecret has characters a credential cannot carry/,
    ],
    [{ clientId: "id", clientSecret: "s", username: "u", password: "пароль\n" }, /password has characters a credential cannot carry/],
    [{ clientId: "id", clientSecret: "s", code: "c" }, /redirectUri/],
    [{ token: "t", host: "https://apiproxy.telphin.ru" }, /host must be a host name/],
  ])("refuses %j at creation", (options, message) => {
    expect(() => createTelphinClient(options as never)).toThrow(message);
  });

  it("talks to https://apiproxy.telphin.ru/api/ver1.0 by default", async () => {
    const urls: string[] = [];
    const client = createTelphinClient({
      token: TEST_TOKEN,
      retry: false,
      fetch: async (request: Request) => {
        urls.push(request.url);
        return new Response("{}", { headers: { "content-type": "application/json" } });
      },
    });
    await client.GET("/client/{client_id}/did/", { params: { path: { client_id: "@me" } } });
    expect(urls).toEqual(["https://apiproxy.telphin.ru/api/ver1.0/client/@me/did/"]);
  });
});
