import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Registered SIP Users: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listRegisteredSipUsers", () => {
  it("List registered SIP users", async () => {
    const { data, response } = await jambonz().GET("/Accounts/{AccountSid}/RegisteredSipUsers", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual(["alice@acme.sip.example.com", "bob@acme.sip.example.com"]);
  });
});

describe("getRegisteredSipUsersByName", () => {
  it("Get registrations of named SIP users", async () => {
    const { data, response } = await jambonz().POST("/Accounts/{AccountSid}/RegisteredSipUsers", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } },
      body: ["alice", "bob"],
    });
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        name: "alice",
        contact: "sip:alice@198.51.100.7:50632;transport=ws",
        sbcAddress: "203.0.113.5:5060",
        protocol: "wss",
        proxy: "sip:198.51.100.7:50632",
        allow_direct_app_calling: true,
        allow_direct_queue_calling: false,
        allow_direct_user_calling: true,
        expiryTime: 1795418400000,
        registered_status: "active",
      },
      { name: "bob", contact: null, expiryTime: 0, protocol: null, registered_status: "inactive" },
    ]);
  });
});

describe("getRegisteredClient", () => {
  it("Get a SIP user's registration", async () => {
    const { data, response } = await jambonz().GET("/Accounts/{AccountSid}/RegisteredSipUsers/{Client}", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691", Client: "alice" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      name: "alice",
      contact: "sip:alice@198.51.100.7:50632;transport=ws",
      expiryTime: 1795418400000,
      protocol: "wss",
      allow_direct_app_calling: 1,
      allow_direct_queue_calling: 0,
      allow_direct_user_calling: 1,
      registered_status: "active",
      proxy: "sip:198.51.100.7:50632",
    });
  });
});
