import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Applications: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listAccountApplications", () => {
  it("List applications of an account", async () => {
    const { data, response } = await jambonz().GET("/Accounts/{AccountSid}/Applications", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        application_sid: "cd5b962b-7003-47fd-8997-3aac02f8b07b",
        name: "loopback app",
        service_provider_sid: null,
        account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
        app_json: null,
        speech_synthesis_vendor: "google",
        speech_synthesis_language: "en-US",
        speech_synthesis_voice: "en-US-Standard-C",
        speech_synthesis_label: null,
        speech_recognizer_vendor: "google",
        speech_recognizer_language: "en-US",
        speech_recognizer_label: null,
        use_for_fallback_speech: 0,
        env_vars: null,
        created_at: "2026-11-22T16:31:43.000Z",
        record_all_calls: 0,
        call_hook: {
          webhook_sid: "1842c43a-7032-4ee2-8b42-49d4d350d397",
          url: "https://example.com/jambonz/call",
          method: "POST",
          username: null,
          password: null,
        },
        call_status_hook: {
          webhook_sid: "68072f8f-7d32-4b32-b3b4-38b2c645f704",
          url: "https://example.com/jambonz/status",
          method: "POST",
          username: null,
          password: null,
        },
        messaging_hook: null,
      },
    ]);
  });
});

describe("listApplications", () => {
  it("List applications", async () => {
    const { data, response } = await jambonz().GET("/Applications");
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        application_sid: "cd5b962b-7003-47fd-8997-3aac02f8b07b",
        name: "loopback app",
        service_provider_sid: null,
        account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
        app_json: null,
        speech_synthesis_vendor: "google",
        speech_synthesis_language: "en-US",
        speech_synthesis_voice: "en-US-Standard-C",
        speech_synthesis_label: null,
        speech_recognizer_vendor: "google",
        speech_recognizer_language: "en-US",
        speech_recognizer_label: null,
        use_for_fallback_speech: 0,
        env_vars: null,
        created_at: "2026-11-22T16:31:43.000Z",
        record_all_calls: 0,
        call_hook: {
          webhook_sid: "1842c43a-7032-4ee2-8b42-49d4d350d397",
          url: "https://example.com/jambonz/call",
          method: "POST",
          username: null,
          password: null,
        },
        call_status_hook: {
          webhook_sid: "68072f8f-7d32-4b32-b3b4-38b2c645f704",
          url: "https://example.com/jambonz/status",
          method: "POST",
          username: null,
          password: null,
        },
        messaging_hook: null,
      },
    ]);
  });
});

describe("createApplication", () => {
  it("Create an application", async () => {
    const { data, response } = await jambonz().POST("/Applications", {
      body: {
        name: "loopback app",
        account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
        call_hook: { url: "https://example.com/jambonz/call", method: "POST" },
        call_status_hook: { url: "https://example.com/jambonz/status", method: "POST" },
        speech_synthesis_vendor: "google",
        speech_synthesis_language: "en-US",
        speech_synthesis_voice: "en-US-Standard-C",
        speech_recognizer_vendor: "google",
        speech_recognizer_language: "en-US",
      },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({ sid: "a36c677b-b93d-4d54-8282-d506f2819691" });
  });
});

describe("getApplication", () => {
  it("Get an application", async () => {
    const { data, response } = await jambonz().GET("/Applications/{ApplicationSid}", {
      params: { path: { ApplicationSid: "cd5b962b-7003-47fd-8997-3aac02f8b07b" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      application_sid: "cd5b962b-7003-47fd-8997-3aac02f8b07b",
      name: "loopback app",
      service_provider_sid: null,
      account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
      app_json: null,
      speech_synthesis_vendor: "google",
      speech_synthesis_language: "en-US",
      speech_synthesis_voice: "en-US-Standard-C",
      speech_synthesis_label: null,
      speech_recognizer_vendor: "google",
      speech_recognizer_language: "en-US",
      speech_recognizer_label: null,
      use_for_fallback_speech: 0,
      env_vars: null,
      created_at: "2026-11-22T16:31:43.000Z",
      record_all_calls: 0,
      call_hook: {
        webhook_sid: "1842c43a-7032-4ee2-8b42-49d4d350d397",
        url: "https://example.com/jambonz/call",
        method: "POST",
        username: null,
        password: null,
      },
      call_status_hook: {
        webhook_sid: "68072f8f-7d32-4b32-b3b4-38b2c645f704",
        url: "https://example.com/jambonz/status",
        method: "POST",
        username: null,
        password: null,
      },
      messaging_hook: null,
    });
  });
});

describe("updateApplication", () => {
  it("Update an application", async () => {
    const { data, response } = await jambonz().PUT("/Applications/{ApplicationSid}", {
      params: { path: { ApplicationSid: "cd5b962b-7003-47fd-8997-3aac02f8b07b" } },
      body: { name: "loopback app renamed" },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("deleteApplication", () => {
  it("Delete an application", async () => {
    const { data, response } = await jambonz().DELETE("/Applications/{ApplicationSid}", {
      params: { path: { ApplicationSid: "cd5b962b-7003-47fd-8997-3aac02f8b07b" } },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("listServiceProviderApplications", () => {
  it("List applications of a service provider", async () => {
    const { data, response } = await jambonz().GET("/ServiceProviders/{ServiceProviderSid}/Applications", {
      params: { path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        application_sid: "cd5b962b-7003-47fd-8997-3aac02f8b07b",
        name: "loopback app",
        service_provider_sid: null,
        account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
        app_json: null,
        speech_synthesis_vendor: "google",
        speech_synthesis_language: "en-US",
        speech_synthesis_voice: "en-US-Standard-C",
        speech_synthesis_label: null,
        speech_recognizer_vendor: "google",
        speech_recognizer_language: "en-US",
        speech_recognizer_label: null,
        use_for_fallback_speech: 0,
        env_vars: null,
        created_at: "2026-11-22T16:31:43.000Z",
        record_all_calls: 0,
        call_hook: {
          webhook_sid: "1842c43a-7032-4ee2-8b42-49d4d350d397",
          url: "https://example.com/jambonz/call",
          method: "POST",
          username: null,
          password: null,
        },
        call_status_hook: {
          webhook_sid: "68072f8f-7d32-4b32-b3b4-38b2c645f704",
          url: "https://example.com/jambonz/status",
          method: "POST",
          username: null,
          password: null,
        },
        messaging_hook: null,
      },
    ]);
  });
});

describe("getAppEnv", () => {
  it("Get an application's environment schema", async () => {
    const { data, response } = await jambonz().GET("/AppEnv", { params: { query: { url: "https://example.com/jambonz/call" } } });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      CRM_API_KEY: { type: "string", description: "Key for the CRM lookups", required: true, obscure: true },
      GREETING_LANGUAGE: { type: "string", description: "Language of the greeting", enum: ["en-US", "de-DE"], default: "en-US" },
    });
  });
});
