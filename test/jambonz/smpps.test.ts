import { describe, expect, it } from "vitest";
import { SID, SMPP_SID, recorded } from "./client.js";

// SMPPs: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listSmpps", () => {
  it("decodes SMPP addresses with their 0/1 flags", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Smpps");
    expect(response.status).toBe(200);
    expectSent("GET /Smpps");
    expect(data?.[0]?.smpp_address_sid).toBe(SMPP_SID);
    expect(data?.[0]?.is_primary).toBe(1);
  });
});

describe("createSmpp", () => {
  it("posts the address and answers 201 with a sid", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/Smpps", { body: { ipv4: "198.51.100.30", port: 2775 } });
    expect(response.status).toBe(201);
    expectSent("POST /Smpps", { ipv4: "198.51.100.30", port: 2775 });
    expect(data?.sid).toMatch(SID);
  });
});

describe("deleteSmpp", () => {
  it("sends DELETE and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE("/Smpps/{SmppSid}", { params: { path: { SmppSid: SMPP_SID } } });
    expect(response.status).toBe(204);
    expectSent(`DELETE /Smpps/${SMPP_SID}`);
    expect(data).toBeUndefined();
  });
});
