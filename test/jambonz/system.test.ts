import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// System: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("getSystemInformation", () => {
  it("Get platform settings", async () => {
    const { data, response } = await jambonz().GET("/SystemInformation");
    expect(response.status).toBe(200);
    expect(data).toEqual({
      domain_name: "jambonz.example.com",
      sip_domain_name: "sip.jambonz.example.com",
      monitoring_domain_name: "grafana.jambonz.example.com",
      private_network_cidr: "10.0.0.0/16",
      log_level: "info",
    });
  });
});

describe("setSystemInformation", () => {
  it("Save platform settings", async () => {
    const { data, response } = await jambonz().POST("/SystemInformation", {
      body: { domain_name: "jambonz.example.com", sip_domain_name: "sip.jambonz.example.com", log_level: "info" },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({
      domain_name: "jambonz.example.com",
      sip_domain_name: "sip.jambonz.example.com",
      monitoring_domain_name: null,
      private_network_cidr: null,
      log_level: "info",
    });
  });
});

describe("getPasswordSettings", () => {
  it("Get password rules", async () => {
    const { data, response } = await jambonz().GET("/PasswordSettings");
    expect(response.status).toBe(200);
    expect(data).toEqual({ min_password_length: 10, require_digit: 1, require_special_character: 0 });
  });
});

describe("setPasswordSettings", () => {
  it("Save password rules", async () => {
    const { data, response } = await jambonz().POST("/PasswordSettings", {
      body: { min_password_length: 10, require_digit: true, require_special_character: true },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({});
  });
});
