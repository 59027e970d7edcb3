import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Clients: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listClients", () => {
  it("List SIP clients", async () => {
    const { data, response } = await jambonz().GET("/Clients");
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        client_sid: "f493d51c-27e8-4649-b5d3-e20413245367",
        account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
        is_active: 1,
        username: "alice",
        password: "EXXXXXXXXXXXXXXXXXXX",
        allow_direct_app_calling: 1,
        allow_direct_queue_calling: 1,
        allow_direct_user_calling: 1,
      },
    ]);
  });
});

describe("createClient", () => {
  it("Create a SIP client", async () => {
    const { data, response } = await jambonz().POST("/Clients", {
      body: { account_sid: "a36c677b-b93d-4d54-8282-d506f2819691", username: "alice", password: "EXAMPLE-sip-password", is_active: true },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({ sid: "a36c677b-b93d-4d54-8282-d506f2819691" });
  });
});

describe("getClient", () => {
  it("Get a SIP client", async () => {
    const { data, response } = await jambonz().GET("/Clients/{ClientSid}", {
      params: { path: { ClientSid: "f493d51c-27e8-4649-b5d3-e20413245367" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      client_sid: "f493d51c-27e8-4649-b5d3-e20413245367",
      account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
      is_active: 1,
      username: "alice",
      password: "EXXXXXXXXXXXXXXXXXXX",
      allow_direct_app_calling: 1,
      allow_direct_queue_calling: 1,
      allow_direct_user_calling: 1,
    });
  });
});

describe("updateClient", () => {
  it("Update a SIP client", async () => {
    const { data, response } = await jambonz().PUT("/Clients/{ClientSid}", {
      params: { path: { ClientSid: "f493d51c-27e8-4649-b5d3-e20413245367" } },
      body: { is_active: false },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("deleteClient", () => {
  it("Delete a SIP client", async () => {
    const { data, response } = await jambonz().DELETE("/Clients/{ClientSid}", {
      params: { path: { ClientSid: "f493d51c-27e8-4649-b5d3-e20413245367" } },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});
