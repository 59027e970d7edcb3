import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Billing: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listCharges", () => {
  it("List charges of an account", async () => {
    const { data, response } = await jambonz().GET("/Accounts/{AccountSid}/Charges", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        charge_sid: "f8d2a604-ed29-4eac-9efc-8f58b0e438ca",
        account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
        call_billing_record_sid: "e4be80a4-6597-49cf-8605-6b94493fada1",
        billed_at: "2020-01-01 15:10:10",
        billed_activity: "outbound-call",
        call_secs_billed: 392,
        amount_charged: 0.02,
      },
      {
        charge_sid: "d9659f3f-3a94-455c-9e8e-3b36f250ffc8",
        account_sid: "a36c677b-b93d-4d54-8282-d506f2819691",
        call_billing_record_sid: "e4be80a4-6597-49cf-8605-6b94493fada1",
        billed_at: "2020-01-01 15:10:10",
        billed_activity: "tts",
        tts_chars_billed: 100,
        amount_charged: 0.013,
      },
    ]);
  });
});

describe("getUpcomingInvoice", () => {
  it("Get the upcoming invoice", async () => {
    const { data, response } = await jambonz().GET("/Invoices");
    expect(response.status).toBe(200);
    expect(data).toEqual({
      object: "invoice",
      customer: "cus_EXAMPLE0000",
      currency: "usd",
      amount_due: 2500,
      subtotal: 2500,
      total: 2500,
      next_payment_attempt: 1795418400,
      lines: { object: "list", data: [] },
    });
  });
});

describe("listPrices", () => {
  it("List prices", async () => {
    const { data, response } = await jambonz().GET("/Prices");
    expect(response.status).toBe(200);
    expect(data).toEqual([
      {
        product_sid: "35a0f2a3-6c4b-4d5e-8f60-7a8b9c0d1e2f",
        name: "concurrent call session",
        category: "voice_call_session",
        stripe_product_id: "prod_EXAMPLE0000",
        description: "One simultaneous call",
        unit_label: "session",
        prices: [
          {
            stripe_price_id: "price_EXAMPLE0000",
            billing_scheme: "per_unit",
            currency: "usd",
            recurring: { interval: "month", interval_count: 1 },
            tiers_mode: null,
            tiers: null,
            type: "recurring",
            unit_amount: 500,
            unit_amount_decimal: "500",
          },
        ],
      },
    ]);
  });
});

describe("getStripeCustomerId", () => {
  it("Get the Stripe customer id", async () => {
    const { data, response } = await jambonz().GET("/StripeCustomerId");
    expect(response.status).toBe(200);
    expect(data).toEqual({ stripe_customer_id: "cus_EXAMPLE0000" });
  });
});

describe("deleteStripeCustomerId", () => {
  it("Delete the Stripe customer", async () => {
    const { data, response } = await jambonz().DELETE("/StripeCustomerId");
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("getSubscription", () => {
  it("Get the subscription", async () => {
    const { data, response } = await jambonz().GET("/Subscriptions");
    expect(response.status).toBe(200);
    expect(data).toEqual({
      id: "sub_EXAMPLE0000",
      object: "subscription",
      customer: "cus_EXAMPLE0000",
      status: "active",
      current_period_end: 1795418400,
      items: { object: "list", data: [] },
    });
  });
});

describe("manageSubscription", () => {
  it("Change the subscription", async () => {
    const { data, response } = await jambonz().POST("/Subscriptions", {
      body: {
        action: "update-quantities",
        dry_run: true,
        products: [{ product_sid: "35a0f2a3-6c4b-4d5e-8f60-7a8b9c0d1e2f", price_id: "price_EXAMPLE0000", quantity: 20 }],
      },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({ status: "success" });
  });
});
