import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// SBCs: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listSbcs", () => {
  it("List SBC addresses", async () => {
    const { data, response } = await jambonz().GET("/Sbcs");
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        sbc_address_sid: "7c1b5d94-af60-4ec1-bd45-6a8c9badbecf",
        ipv4: "198.51.100.20",
        port: 5060,
        tls_port: 5061,
        wss_port: 8443,
        service_provider_sid: null,
        last_updated: null,
      },
    ]);
  });
});

describe("createSbc", () => {
  it("Add an SBC address", async () => {
    const { data, response } = await jambonz().POST("/Sbcs", { body: { ipv4: "198.51.100.20", port: 5060 } });
    expect(response.status).toBe(201);
    expect(data).toEqual({ sid: "a36c677b-b93d-4d54-8282-d506f2819691" });
  });
});

describe("deleteSbc", () => {
  it("Delete an SBC address", async () => {
    const { data, response } = await jambonz().DELETE("/Sbcs/{SbcSid}", {
      params: { path: { SbcSid: "7c1b5d94-af60-4ec1-bd45-6a8c9badbecf" } },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});
