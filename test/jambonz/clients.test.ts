import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, CLIENT_SID, SID, recorded } from "./client.js";

// Clients: every operation of the tag, through the client, against the Prism mock (request validation on).

const client_ = { path: { ClientSid: CLIENT_SID } };

describe("listClients", () => {
  it("lists SIP clients with the password masked", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Clients");
    expect(response.status).toBe(200);
    expectSent("GET /Clients");
    expect(data?.[0]?.client_sid).toBe(CLIENT_SID);
    // The server never hands the SIP password back: it answers a mask of the same shape.
    expect(data?.[0]?.password).toMatch(/^EX+$/);
  });
});

describe("createClient", () => {
  it("posts the client, a boolean is_active included, and answers 201", async () => {
    const body = { account_sid: ACCOUNT_SID, username: "alice", password: "EXAMPLE-sip-password", is_active: true };
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/Clients", { body });
    expect(response.status).toBe(201);
    expectSent("POST /Clients", body);
    expect(data?.sid).toMatch(SID);
  });
});

describe("getClient", () => {
  it("decodes the client with its 0/1 flags", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Clients/{ClientSid}", { params: client_ });
    expect(response.status).toBe(200);
    expectSent(`GET /Clients/${CLIENT_SID}`);
    expect(data?.account_sid).toBe(ACCOUNT_SID);
    expect(data?.is_active).toBe(1);
  });
});

describe("updateClient", () => {
  it("puts the change and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.PUT("/Clients/{ClientSid}", { params: client_, body: { is_active: false } });
    expect(response.status).toBe(204);
    expectSent(`PUT /Clients/${CLIENT_SID}`, { is_active: false });
    expect(data).toBeUndefined();
  });
});

describe("deleteClient", () => {
  it("sends DELETE and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE("/Clients/{ClientSid}", { params: client_ });
    expect(response.status).toBe(204);
    expectSent(`DELETE /Clients/${CLIENT_SID}`);
    expect(data).toBeUndefined();
  });
});
