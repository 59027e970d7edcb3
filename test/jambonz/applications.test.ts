import { JambonzError, type JambonzSchema } from "@callspec/jambonz";
import { describe, expect, expectTypeOf, it } from "vitest";
import { caught } from "../support/mocks.js";
import { ACCOUNT_SID, APPLICATION_SID, SERVICE_PROVIDER_SID, SID, jambonz, recorded } from "./client.js";

// Applications: every operation of the tag, through the client, against the Prism mock (request validation on).

type Application = JambonzSchema<"Application">;
const hook = { url: "https://example.com/jambonz/call", method: "POST" as const };

describe("listAccountApplications", () => {
  it("sends the account sid in the path and decodes the applications", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Accounts/{AccountSid}/Applications", { params: { path: { AccountSid: ACCOUNT_SID } } });
    expect(response.status).toBe(200);
    expectSent(`GET /Accounts/${ACCOUNT_SID}/Applications`);
    expectTypeOf(data!).toEqualTypeOf<Application[] | JambonzSchema<"ApplicationsPage">>();
    // Without `page` the server answers a bare array, not a page object.
    const apps = Array.isArray(data) ? data : [];
    expect(apps[0]?.application_sid).toBe(APPLICATION_SID);
    expect(apps[0]?.account_sid).toBe(ACCOUNT_SID);
  });
});

describe("listApplications", () => {
  it("lists applications with their hooks resolved to objects", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Applications");
    expect(response.status).toBe(200);
    expectSent("GET /Applications");
    const apps = Array.isArray(data) ? data : [];
    // The server joins the webhooks table: hooks come back as objects with their own sid, not as urls.
    expect(apps[0]?.call_hook?.webhook_sid).toMatch(SID);
    expect(apps[0]?.messaging_hook).toBeNull();
  });
});

describe("createApplication", () => {
  it("posts the body as JSON and answers 201 with the new sid", async () => {
    const body = {
      name: "loopback app",
      account_sid: ACCOUNT_SID,
      call_hook: { url: "https://example.com/jambonz/call", method: "POST" },
      call_status_hook: { url: "https://example.com/jambonz/status", method: "POST" },
      speech_synthesis_vendor: "google",
      speech_synthesis_language: "en-US",
      speech_synthesis_voice: "en-US-Standard-C",
      speech_recognizer_vendor: "google",
      speech_recognizer_language: "en-US",
    } as const;
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/Applications", { body });
    expect(response.status).toBe(201);
    expectSent("POST /Applications", body);
    expect(data?.sid).toMatch(SID);
  });

  it("without the required name: a type error, and a typed JambonzError from the mock", async () => {
    const nameless = { account_sid: ACCOUNT_SID, call_hook: hook, call_status_hook: hook };
    // @ts-expect-error name is required
    const error = await caught(() => jambonz().POST("/Applications", { body: nameless }));
    expect(error).toBeInstanceOf(JambonzError);
    // Prism answers a body that breaks the schema with the operation's 422, which this operation declares.
    expect((error as JambonzError).status).toBe(422);
  });
});

describe("getApplication", () => {
  it("substitutes the application sid and decodes one application", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Applications/{ApplicationSid}", {
      params: { path: { ApplicationSid: APPLICATION_SID } },
    });
    expect(response.status).toBe(200);
    expectSent(`GET /Applications/${APPLICATION_SID}`);
    expectTypeOf(data!).toEqualTypeOf<Application>();
    expect(data?.application_sid).toBe(APPLICATION_SID);
    // 0/1 flags, as MySQL tinyints come back, not booleans.
    expect(data?.record_all_calls).toBe(0);
  });
});

describe("updateApplication", () => {
  it("puts only the changed field and answers 204 without a body", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.PUT("/Applications/{ApplicationSid}", {
      params: { path: { ApplicationSid: APPLICATION_SID } },
      body: { name: "loopback app renamed" },
    });
    expect(response.status).toBe(204);
    expectSent(`PUT /Applications/${APPLICATION_SID}`, { name: "loopback app renamed" });
    expect(data).toBeUndefined();
  });
});

describe("deleteApplication", () => {
  it("sends DELETE without a body and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE("/Applications/{ApplicationSid}", {
      params: { path: { ApplicationSid: APPLICATION_SID } },
    });
    expect(response.status).toBe(204);
    expectSent(`DELETE /Applications/${APPLICATION_SID}`);
    expect(data).toBeUndefined();
  });
});

describe("listServiceProviderApplications", () => {
  it("sends the service provider sid in the path", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/ServiceProviders/{ServiceProviderSid}/Applications", {
      params: { path: { ServiceProviderSid: SERVICE_PROVIDER_SID } },
    });
    expect(response.status).toBe(200);
    expectSent(`GET /ServiceProviders/${SERVICE_PROVIDER_SID}/Applications`);
    expectTypeOf(data!).toEqualTypeOf<Application[]>();
    expect(data?.length).toBeGreaterThan(0);
  });
});

describe("getAppEnv", () => {
  it("encodes the app url as a query value and decodes the variables by name", async () => {
    const { client, expectSent } = recorded();
    const url = "https://example.com/jambonz/call";
    const { data, response } = await client.GET("/AppEnv", { params: { query: { url } } });
    expect(response.status).toBe(200);
    expectSent(`GET /AppEnv?url=${encodeURIComponent(url)}`);
    expect(data?.CRM_API_KEY?.obscure).toBe(true);
    expect(data?.GREETING_LANGUAGE?.enum).toContain(data?.GREETING_LANGUAGE?.default);
  });
});
