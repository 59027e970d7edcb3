import { one, records } from "@callspec/jtel";
import { describe, expect, it } from "vitest";
import { BASE_PATH, jtel } from "./client.js";

describe("listDiallerCampaigns", () => {
  it("unwraps the list envelope", async () => {
    const result = await jtel().GET("/dialler/campaigns");
    expect(result.data?.limitPageSize).toBe(-1);
    expect(records(result).map((c) => c.Name)).toEqual(["Campaign 1000"]);
  });
});

describe("getDiallerCampaign", () => {
  it("unwraps the single-object envelope", async () => {
    const client = jtel();
    const campaign = one(await client.GET("/dialler/campaigns/{DiallerCampaignsID}", { params: { path: { DiallerCampaignsID: 538 } } }));
    expect(campaign.ContactPreviewTime).toBe(5);
    expect(client.sent[0]?.path).toBe(`${BASE_PATH}/dialler/campaigns/538`);
  });
});
