import { GenesysError, type GenesysSchema, PathParameterError, UrlTooLongError, createGenesysClient } from "@callspec/genesys-gws";
import { describe, expect, expectTypeOf, it } from "vitest";
import { caught, mockOf } from "../support/mocks.js";
import { CALL_ID, TEST_PASSWORD, TEST_USER, gws } from "./client.js";

const call = { params: { path: { callId: CALL_ID } } };

describe("operation bodies are checked by the types and by the mock", () => {
  it("SingleStepTransfer without destination neither type-checks nor passes Prism", async () => {
    const error = await caught(() =>
      // @ts-expect-error SingleStepTransfer requires destination
      gws().POST("/me/calls/{callId}", { ...call, body: { operationName: "SingleStepTransfer" } }),
    );
    expect(error).toBeInstanceOf(GenesysError);
    expect((error as GenesysError).status).toBe(400);
    // The mock answers in GWS's shape, statusCode 1 (a required parameter is missing), naming the field.
    const e = error as GenesysError;
    expect(e.statusCode).toBe(1);
    expect(e.meaning).toBe("a required parameter is missing");
    expectTypeOf(e.body).toEqualTypeOf<GenesysSchema<"Failure"> | string | undefined>();
    expect(typeof e.body === "object" ? e.body.statusMessage : e.body).toMatch(/destination/);
  });

  it("an unknown operationName is refused the same way", async () => {
    const error = await caught(() =>
      // @ts-expect-error "Park" is no call operation
      gws().POST("/me/calls/{callId}", { ...call, body: { operationName: "Park" } }),
    );
    expect((error as GenesysError).status).toBe(400);
  });

  it("a parameter of the wrong type is refused", async () => {
    const error = await caught(() =>
      gws().POST("/me/devices/{deviceId}/calls", {
        params: { path: { deviceId: "efe1ab32-53f9-43ce-b65e-5768c61f7d4a" } },
        // @ts-expect-error destination is an object with phoneNumber, not a string
        body: { operationName: "Dial", destination: "5551212" },
      }),
    );
    expect((error as GenesysError).status).toBe(400);
  });

  it("StartContactCenterSession needs channels", async () => {
    // @ts-expect-error channels is required
    const error = await caught(() => gws().POST("/me", { body: { operationName: "StartContactCenterSession", place: "Place_5005" } }));
    expect((error as GenesysError).status).toBe(400);
  });

  it("createUser without a password is refused", async () => {
    const error = await caught(() =>
      // @ts-expect-error password is required
      gws().POST("/users", { body: { userName: "jdoe", firstName: "Jane", lastName: "Doe", roles: ["ROLE_AGENT"] } }),
    );
    expect((error as GenesysError).status).toBe(400);
  });
});

describe("authentication", () => {
  it("no Basic credentials get the spec's 401 with statusCode 20, and the error carries no password", async () => {
    const response = await fetch(`${mockOf("genesys-gws").url}/me`);
    expect(response.status).toBe(401);
    const stripAuth = (request: Request, init?: RequestInit) => {
      request.headers.delete("Authorization");
      return fetch(request, init);
    };
    const client = createGenesysClient({
      baseUrl: mockOf("genesys-gws").url,
      username: TEST_USER,
      password: TEST_PASSWORD,
      retry: false,
      fetch: stripAuth,
    });
    const error = (await caught(() => client.GET("/me"))) as GenesysError;
    expect(error).toBeInstanceOf(GenesysError);
    expect(error.status).toBe(401);
    expect(error.statusCode).toBe(20);
    expect(error.meaning).toBe("not authenticated");
    expect(JSON.stringify(error) + String(error) + error.stack).not.toContain(TEST_PASSWORD);
  });

  it("GET /diagnostics/version needs no credentials", async () => {
    const response = await fetch(`${mockOf("genesys-gws").url}/diagnostics/version`);
    expect(response.status).toBe(200);
  });
});

describe("guards before sending", () => {
  const spy = () => {
    // What reaches the transport is what would be sent.
    const sent: string[] = [];
    const client = createGenesysClient({
      baseUrl: mockOf("genesys-gws").url,
      username: TEST_USER,
      password: TEST_PASSWORD,
      retry: false,
      fetch: (request, init) => {
        sent.push(request.url);
        return fetch(request, init);
      },
    });
    return { client, sent };
  };

  it.each([
    ["..", /"callId".*is "\.\."/],
    ["", /"callId".*is empty/],
    [undefined, /"callId".*is missing/],
  ])("refuses callId %j", async (value, message) => {
    const { client, sent } = spy();
    const error = await caught(() => client.GET("/me/calls/{callId}", { params: { path: { callId: value as string } } }));
    expect(error).toBeInstanceOf(PathParameterError);
    expect((error as Error).message).toMatch(message);
    expect(sent).toEqual([]);
  });

  it("refuses a URL over 2,000 characters, naming the operation and not the query", async () => {
    const { client, sent } = spy();
    const name = "Sales".repeat(400);
    const error = (await caught(() =>
      client.GET("/users", { params: { query: { "skills.name": name, subresources: "skills" } } }),
    )) as UrlTooLongError;
    expect(error).toBeInstanceOf(UrlTooLongError);
    expect(error.length).toBeGreaterThan(2000);
    expect(error.message).toContain("/users");
    expect(error.message).not.toContain(name);
    expect(sent).toEqual([]);
  });

  it("lets a URL of 2,000 characters through", async () => {
    const base = `${mockOf("genesys-gws").url}/users?fields=`;
    const { client } = spy();
    const { data } = await client.GET("/users", { params: { query: { fields: "a".repeat(2000 - base.length) } } });
    expect(data).toBeTruthy();
  });
});
