import { describe, expect, it } from "vitest";
import { ACCOUNT_SID, PRODUCT_SID, recorded } from "./client.js";

// Billing: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listCharges", () => {
  it("decodes charges of either activity with their own billed unit", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Accounts/{AccountSid}/Charges", { params: { path: { AccountSid: ACCOUNT_SID } } });
    expect(response.status).toBe(200);
    expectSent(`GET /Accounts/${ACCOUNT_SID}/Charges`);
    expect(data?.every((charge) => charge.account_sid === ACCOUNT_SID)).toBe(true);
    // A call is billed in seconds, text-to-speech in characters.
    expect(data?.find((c) => c.billed_activity === "outbound-call")?.call_secs_billed).toBeTypeOf("number");
    expect(data?.find((c) => c.billed_activity === "tts")?.tts_chars_billed).toBeTypeOf("number");
  });
});

describe("getUpcomingInvoice", () => {
  it("decodes the Stripe invoice with amounts in cents", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Invoices");
    expect(response.status).toBe(200);
    expectSent("GET /Invoices");
    expect(data?.object).toBe("invoice");
    expect(Number.isInteger(data?.amount_due)).toBe(true);
  });
});

describe("listPrices", () => {
  it("decodes products with their Stripe prices", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Prices");
    expect(response.status).toBe(200);
    expectSent("GET /Prices");
    expect(data?.[0]?.product_sid).toBe(PRODUCT_SID);
    expect(data?.[0]?.prices[0]?.recurring?.interval).toBe("month");
  });
});

describe("getStripeCustomerId", () => {
  it("decodes the customer id", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/StripeCustomerId");
    expect(response.status).toBe(200);
    expectSent("GET /StripeCustomerId");
    expect(data?.stripe_customer_id).toMatch(/^cus_/);
  });
});

describe("deleteStripeCustomerId", () => {
  it("sends DELETE and answers 204", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.DELETE("/StripeCustomerId");
    expect(response.status).toBe(204);
    expectSent("DELETE /StripeCustomerId");
    expect(data).toBeUndefined();
  });
});

describe("getSubscription", () => {
  it("decodes the Stripe subscription", async () => {
    const { client, expectSent } = recorded();
    const { data, response } = await client.GET("/Subscriptions");
    expect(response.status).toBe(200);
    expectSent("GET /Subscriptions");
    expect(data?.object).toBe("subscription");
    expect(data?.status).toBe("active");
  });
});

describe("manageSubscription", () => {
  it("posts the action with its nested products", async () => {
    const body = {
      action: "update-quantities" as const,
      dry_run: true,
      products: [{ product_sid: PRODUCT_SID, price_id: "price_EXAMPLE0000", quantity: 20 }],
    };
    const { client, expectSent } = recorded();
    const { data, response } = await client.POST("/Subscriptions", { body });
    expect(response.status).toBe(200);
    expectSent("POST /Subscriptions", body);
    expect(data?.status).toBe("success");
  });
});
