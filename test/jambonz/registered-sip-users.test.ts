import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, recorded } from "./client.js";

// Registered SIP Users: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listRegisteredSipUsers", () => {
  it("decodes the registered users as user@realm strings", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Accounts/{AccountSid}/RegisteredSipUsers", {
      params: { path: { AccountSid: ACCOUNT_SID } },
    });
    expect(response.status).toBe(200);
    expectSent(`GET /Accounts/${ACCOUNT_SID}/RegisteredSipUsers`);
    expect(data?.every((user) => /^[^@]+@[^@]+$/.test(user))).toBe(true);
  });
});

describe("getRegisteredSipUsersByName", () => {
  it("posts a bare JSON array of names; an unregistered user comes back inactive", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/Accounts/{AccountSid}/RegisteredSipUsers", {
      params: { path: { AccountSid: ACCOUNT_SID } },
      body: ["alice", "bob"],
    });
    expect(response.status).toBe(200);
    expectSent(`POST /Accounts/${ACCOUNT_SID}/RegisteredSipUsers`, ["alice", "bob"]);
    const user = (name: string) => data?.find((u) => typeof u === "object" && u.name === name);
    expect(user("alice")).toMatchObject({ registered_status: "active" });
    expect(user("bob")).toMatchObject({ contact: null, registered_status: "inactive" });
  });
});

describe("getRegisteredClient", () => {
  it("encodes the user name as one path segment", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Accounts/{AccountSid}/RegisteredSipUsers/{Client}", {
      params: { path: { AccountSid: ACCOUNT_SID, Client: "alice@acme" } },
    });
    expect(response.status).toBe(200);
    expectSent(`GET /Accounts/${ACCOUNT_SID}/RegisteredSipUsers/alice%40acme`);
    // This route answers the flags as 0/1, unlike the POST lookup's booleans.
    expect(data?.allow_direct_app_calling).toBe(1);
  });
});
