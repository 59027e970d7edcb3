import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Billing: every operation of the tag through the client against the Prism mock (request validation on).

describe("listCharges", () => {
  it("List charges of an account", async () => {
    const { data, response } = await jambonz().GET("/Accounts/{AccountSid}/Charges", { params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } } });
    expect(response.status).toBe(200);
    expect(data).toEqual([{"charge_sid": "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d", "account_sid": "a36c677b-b93d-4d54-8282-d506f2819691", "billed_at": "2026-11-22T17:00:00.000Z", "billed_activity": "outbound-call", "call_secs_billed": 60, "amount_charged": 0.012}]);
  });
});

describe("getUpcomingInvoice", () => {
  it("Get the upcoming invoice", async () => {
    const { data, response } = await jambonz().GET("/Invoices");
    expect(response.status).toBe(200);
    expect(data).toEqual({"total": 2500, "currency": "usd", "next_payment_attempt": 1795418400});
  });
});

describe("listPrices", () => {
  it("List prices", async () => {
    const { data, response } = await jambonz().GET("/Prices");
    expect(response.status).toBe(200);
    expect(data).toEqual([{"product_sid": "35a0f2a3-6c4b-4d5e-8f60-7a8b9c0d1e2f", "name": "concurrent call session", "category": "voice_call_session", "prices": []}]);
  });
});

describe("getStripeCustomerId", () => {
  it("Get the Stripe customer id", async () => {
    const { data, response } = await jambonz().GET("/StripeCustomerId");
    expect(response.status).toBe(200);
    expect(data).toEqual({"stripe_customer_id": "cus_EXAMPLE0000"});
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
    expect(data).toEqual({"status": "active", "products": [{"product_sid": "35a0f2a3-6c4b-4d5e-8f60-7a8b9c0d1e2f", "quantity": 10}]});
  });
});

describe("manageSubscription", () => {
  it("Change the subscription", async () => {
    const { data, response } = await jambonz().POST("/Subscriptions", { body: {"action": "update-quantities", "dry_run": true, "products": [{"product_sid": "35a0f2a3-6c4b-4d5e-8f60-7a8b9c0d1e2f", "quantity": 20}]} });
    expect(response.status).toBe(201);
    expect(data).toEqual({"status": "success"});
  });
});
