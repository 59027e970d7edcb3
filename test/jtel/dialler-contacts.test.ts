import { one, records } from "@callspec/jtel";
import { describe, expect, it } from "vitest";
import { jtel } from "./client.js";

describe("listDiallerContacts", () => {
  it("lists one campaign's contacts", async () => {
    const { data } = await jtel().GET("/dialler/contacts", { params: { query: { diallerCampaignsID: 538 } } });
    expect(data?.count).toBe(147);
    expect(data?.records[0]?.Company).toBe("Musterfirma GmbH");
  });
});

describe("getDiallerContact", () => {
  it("returns one contact", async () => {
    const contact = one(await jtel().GET("/dialler/contacts/{DiallerContactsID}", { params: { path: { DiallerContactsID: 215387 } } }));
    expect(contact.Name).toBe("Mustermann");
    expect(contact.bPhoneNumber1Invalid).toBeNull();
  });
});

describe("retrieveDiallerContacts", () => {
  it("retrieves by UserData and by id, with result code and history", async () => {
    const result = await jtel().POST("/dialler/contacts", {
      params: { query: { languagesID: 1 } },
      body: { UserDataList: ["CON6174", "CON1234"], IDList: [215387, 215388] },
    });
    const [contact] = records(result);
    expect(contact?.DiallerCampaignsResultCodes?.ExportKey).toBe("Max Tries (Abort)");
    expect(contact?.DiallerContactsHistory?.[0]?.StatisticsPartA?.bOutbound).toBe(true);
  });
});

describe("importDiallerContact", () => {
  it("imports a contact named by campaign name, with one phone number", async () => {
    const { data, response } = await jtel().POST("/dialler/contacts/import", {
      params: { query: { overwriteDuplicates: true } },
      body: { Name: "Mustermann", DiallerCampaignsName: "Campaign 1000", PhoneNumber3: "+4989461495000", UserData: "testUserData" },
    });
    expect(response.status).toBe(200);
    expect(data?.status).toBe(200);
  });
});
