import { describe, expect, it } from "vitest";
import { recorded } from "./client.js";

// System: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("getSystemInformation", () => {
  it("decodes the platform's domains", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/SystemInformation");
    expect(response.status).toBe(200);
    expectSent("GET /SystemInformation");
    expect(data?.sip_domain_name?.endsWith(data?.domain_name ?? "?")).toBe(true);
  });
});

describe("setSystemInformation", () => {
  it("posts the settings and answers 201 with the stored row, unset columns null", async () => {
    const body = { domain_name: "jambonz.example.com", sip_domain_name: "sip.jambonz.example.com", log_level: "info" } as const;
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/SystemInformation", { body });
    expect(response.status).toBe(201);
    expectSent("POST /SystemInformation", body);
    expect(data?.monitoring_domain_name).toBeNull();
  });
});

describe("getPasswordSettings", () => {
  it("decodes the rules, flags as 0/1", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/PasswordSettings");
    expect(response.status).toBe(200);
    expectSent("GET /PasswordSettings");
    expect(data?.min_password_length).toBeTypeOf("number");
    expect([0, 1]).toContain(data?.require_digit);
  });
});

describe("setPasswordSettings", () => {
  it("posts the rules as booleans and answers 201 with an empty object", async () => {
    const body = { min_password_length: 10, require_digit: true, require_special_character: true };
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/PasswordSettings", { body });
    expect(response.status).toBe(201);
    expectSent("POST /PasswordSettings", body);
    // Unlike POST /SystemInformation, the saved rules are not echoed back.
    expect(data).toEqual({});
  });
});
