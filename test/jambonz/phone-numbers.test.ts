import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Phone Numbers: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listPhoneNumbers", () => {
  it("List phone numbers", async () => {
    const { data, response } = await jambonz().GET("/PhoneNumbers");
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        phone_number_sid: "6581168b-1307-4bd3-a924-787ad4ba66bd",
        number: "15085551212",
        voip_carrier_sid: "be132973-60a5-4e23-8cd6-b5e80ac3317c",
        account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
        application_sid: "cd5b962b-7003-47fd-8997-3aac02f8b07b",
        service_provider_sid: null,
      },
    ]);
  });
});

describe("createPhoneNumber", () => {
  it("Provision a phone number", async () => {
    const { data, response } = await jambonz().POST("/PhoneNumbers", {
      body: {
        number: "15085551212",
        account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
        voip_carrier_sid: "be132973-60a5-4e23-8cd6-b5e80ac3317c",
        application_sid: "cd5b962b-7003-47fd-8997-3aac02f8b07b",
      },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({ sid: "a36c677b-b93d-4d54-8282-d506f2819691" });
  });
});

describe("getPhoneNumber", () => {
  it("Get a phone number", async () => {
    const { data, response } = await jambonz().GET("/PhoneNumbers/{PhoneNumberSid}", {
      params: { path: { PhoneNumberSid: "6581168b-1307-4bd3-a924-787ad4ba66bd" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      phone_number_sid: "6581168b-1307-4bd3-a924-787ad4ba66bd",
      number: "15085551212",
      voip_carrier_sid: "be132973-60a5-4e23-8cd6-b5e80ac3317c",
      account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
      application_sid: "cd5b962b-7003-47fd-8997-3aac02f8b07b",
      service_provider_sid: null,
    });
  });
});

describe("updatePhoneNumber", () => {
  it("Route a phone number", async () => {
    const { data, response } = await jambonz().PUT("/PhoneNumbers/{PhoneNumberSid}", {
      params: { path: { PhoneNumberSid: "6581168b-1307-4bd3-a924-787ad4ba66bd" } },
      body: { application_sid: "cd5b962b-7003-47fd-8997-3aac02f8b07b" },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("deletePhoneNumber", () => {
  it("Delete a phone number", async () => {
    const { data, response } = await jambonz().DELETE("/PhoneNumbers/{PhoneNumberSid}", {
      params: { path: { PhoneNumberSid: "6581168b-1307-4bd3-a924-787ad4ba66bd" } },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("listServiceProviderPhoneNumbers", () => {
  it("List phone numbers of a service provider", async () => {
    const { data, response } = await jambonz().GET("/ServiceProviders/{ServiceProviderSid}/PhoneNumbers", {
      params: { path: { ServiceProviderSid: "2708b1b3-2736-40ea-b502-c53d8396247f" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        phone_number_sid: "6581168b-1307-4bd3-a924-787ad4ba66bd",
        number: "15085551212",
        voip_carrier_sid: "be132973-60a5-4e23-8cd6-b5e80ac3317c",
        account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
        application_sid: "cd5b962b-7003-47fd-8997-3aac02f8b07b",
        service_provider_sid: null,
      },
    ]);
  });
});
