import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, APPLICATION_SID, PHONE_NUMBER_SID, SERVICE_PROVIDER_SID, SID, VOIP_CARRIER_SID, recorded } from "./client.js";

// Phone Numbers: every operation of the tag, through the client, against the Prism mock (request validation on).

const number = { path: { PhoneNumberSid: PHONE_NUMBER_SID } };

describe("listPhoneNumbers", () => {
  it("lists numbers with the carrier they arrive on and the application they route to", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/PhoneNumbers");
    expect(response.status).toBe(200);
    expectSent("GET /PhoneNumbers");
    const numbers = Array.isArray(data) ? data : [];
    expect(numbers[0]?.phone_number_sid).toBe(PHONE_NUMBER_SID);
    expect(numbers[0]?.voip_carrier_sid).toBe(VOIP_CARRIER_SID);
  });
});

describe("createPhoneNumber", () => {
  it("posts the number, digits only, and answers 201 with a sid", async () => {
    const body = { number: "15085551212", account_sid: ACCOUNT_SID, voip_carrier_sid: VOIP_CARRIER_SID, application_sid: APPLICATION_SID };
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/PhoneNumbers", { body });
    expect(response.status).toBe(201);
    expectSent("POST /PhoneNumbers", body);
    expect(data?.sid).toMatch(SID);
  });
});

describe("getPhoneNumber", () => {
  it("decodes the number as stored: E.164 digits without a plus", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/PhoneNumbers/{PhoneNumberSid}", { params: number });
    expect(response.status).toBe(200);
    expectSent(`GET /PhoneNumbers/${PHONE_NUMBER_SID}`);
    expect(data?.number).toMatch(/^\d+$/);
    expect(data?.application_sid).toBe(APPLICATION_SID);
  });
});

describe("updatePhoneNumber", () => {
  it("puts the application to route to and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.PUT("/PhoneNumbers/{PhoneNumberSid}", {
      params: number,
      body: { application_sid: APPLICATION_SID },
    });
    expect(response.status).toBe(204);
    expectSent(`PUT /PhoneNumbers/${PHONE_NUMBER_SID}`, { application_sid: APPLICATION_SID });
    expect(data).toBeUndefined();
  });
});

describe("deletePhoneNumber", () => {
  it("sends DELETE and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE("/PhoneNumbers/{PhoneNumberSid}", { params: number });
    expect(response.status).toBe(204);
    expectSent(`DELETE /PhoneNumbers/${PHONE_NUMBER_SID}`);
    expect(data).toBeUndefined();
  });
});

describe("listServiceProviderPhoneNumbers", () => {
  it("lists the provider's numbers", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/ServiceProviders/{ServiceProviderSid}/PhoneNumbers", {
      params: { path: { ServiceProviderSid: SERVICE_PROVIDER_SID } },
    });
    expect(response.status).toBe(200);
    expectSent(`GET /ServiceProviders/${SERVICE_PROVIDER_SID}/PhoneNumbers`);
    const numbers = Array.isArray(data) ? data : [];
    expect(numbers[0]?.phone_number_sid).toBe(PHONE_NUMBER_SID);
  });
});
