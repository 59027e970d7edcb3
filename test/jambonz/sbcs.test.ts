import { describe, expect, it } from "vitest";
import { SBC_SID, SID, recorded } from "./client.js";

// SBCs: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listSbcs", () => {
  it("decodes SBC addresses with their three ports as numbers", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Sbcs");
    expect(response.status).toBe(200);
    expectSent("GET /Sbcs");
    expect(data?.[0]?.sbc_address_sid).toBe(SBC_SID);
    expect([data?.[0]?.port, data?.[0]?.tls_port, data?.[0]?.wss_port].every(Number.isInteger)).toBe(true);
  });
});

describe("createSbc", () => {
  it("posts the address and answers 201 with a sid", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/Sbcs", { body: { ipv4: "198.51.100.20", port: 5060 } });
    expect(response.status).toBe(201);
    expectSent("POST /Sbcs", { ipv4: "198.51.100.20", port: 5060 });
    expect(data?.sid).toMatch(SID);
  });
});

describe("deleteSbc", () => {
  it("sends DELETE and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE("/Sbcs/{SbcSid}", { params: { path: { SbcSid: SBC_SID } } });
    expect(response.status).toBe(204);
    expectSent(`DELETE /Sbcs/${SBC_SID}`);
    expect(data).toBeUndefined();
  });
});
