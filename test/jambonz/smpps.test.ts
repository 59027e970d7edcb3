import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// SMPPs: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listSmpps", () => {
  it("List SMPP server addresses", async () => {
    const { data, response } = await jambonz().GET("/Smpps");
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        smpp_address_sid: "8d2c6ea5-b071-4fd2-8e56-7b9dacbecfd0",
        ipv4: "198.51.100.30",
        port: 2775,
        use_tls: 0,
        is_primary: 1,
        service_provider_sid: null,
      },
    ]);
  });
});

describe("createSmpp", () => {
  it("Add an SMPP server address", async () => {
    const { data, response } = await jambonz().POST("/Smpps", { body: { ipv4: "198.51.100.30", port: 2775 } });
    expect(response.status).toBe(201);
    expect(data).toEqual({ sid: "a36c677b-b93d-4d54-8282-d506f2819691" });
  });
});

describe("deleteSmpp", () => {
  it("Delete an SMPP server address", async () => {
    const { data, response } = await jambonz().DELETE("/Smpps/{SmppSid}", {
      params: { path: { SmppSid: "8d2c6ea5-b071-4fd2-8e56-7b9dacbecfd0" } },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});
