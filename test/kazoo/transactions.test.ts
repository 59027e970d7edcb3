import { KazooChargesError, KazooError, createKazooClient, unwrap } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { json, localServer } from "../support/local-server.js";
import { caught } from "../support/mocks.js";
import { ACCOUNT_ID, TEST_TOKEN, account, kazoo, operations } from "./client.js";

const TRANSACTION_ID = "7dd1c20894587e9cbacb2d7fa2de80ab";

operations({
  listTransactions: async () => {
    const { data } = await kazoo().GET("/accounts/{ACCOUNT_ID}/transactions", {
      params: { ...account, query: { created_from: 63862000000 } },
    });
    expect(data?.data[0]?.type).toBe("debit");
    expect(data?.data[0]?.amount).toBe(1);
  },
  getTransaction: async () =>
    expect(
      (
        await unwrap(
          kazoo().GET("/accounts/{ACCOUNT_ID}/transactions/{TRANSACTION_ID}", { params: { path: { ACCOUNT_ID, TRANSACTION_ID } } }),
        )
      ).code,
    ).toBe(3005),
  createSaleTransaction: async () => {
    const sale = await unwrap(
      kazoo().PUT("/accounts/{ACCOUNT_ID}/transactions/sale", {
        params: account,
        body: { data: { amount: 10, description: "Setup fee" } },
      }),
    );
    expect(sale.type).toBe("sale");
    expect(sale.amount).toBe(10);
  },
  createRefundTransaction: async () => {
    // amount arrives as a string in some integrations; the server reads it as a number.
    const refund = await unwrap(
      kazoo().PUT("/accounts/{ACCOUNT_ID}/transactions/refund", {
        params: account,
        body: { data: { amount: "10", description: "Setup fee" } },
      }),
    );
    expect(refund.type).toBe("refund");
  },
});

describe("transactions: charges and validation", () => {
  it("a 402 surfaces as KazooChargesError; the resend with accept_charges succeeds", async () => {
    const charges = { transactions: { sale: { category: "transactions", item: "sale", quantity: 1, rate: 10 } }, activation_charges: 0 };
    const s = await localServer((req, res) =>
      JSON.parse(req.body).accept_charges === true
        ? json(res, 201, { data: { id: TRANSACTION_ID, type: "sale", amount: 10 }, status: "success" })
        : json(res, 402, { data: charges, error: "402", message: "accept charges", status: "error" }),
    );
    try {
      const client = createKazooClient({ baseUrl: `${s.url}/v2`, auth: { token: TEST_TOKEN } });
      const error = await caught(() =>
        client.PUT("/accounts/{ACCOUNT_ID}/transactions/sale", { params: account, body: { data: { amount: 10 } } }),
      );
      expect(error).toBeInstanceOf(KazooChargesError);
      expect((error as KazooChargesError).status).toBe(402);
      const sale = await unwrap(
        client.PUT("/accounts/{ACCOUNT_ID}/transactions/sale", { params: account, body: { data: { amount: 10 }, accept_charges: true } }),
      );
      expect(sale.id).toBe(TRANSACTION_ID);
      expect(s.requests[1]?.url).toBe(`/v2/accounts/${ACCOUNT_ID}/transactions/sale`);
    } finally {
      await s.close();
    }
  });
  it("a sale without amount fails tsc and the mock", async () => {
    const error = await caught(() =>
      // @ts-expect-error amount is required.
      kazoo().PUT("/accounts/{ACCOUNT_ID}/transactions/sale", { params: account, body: { data: { description: "Setup fee" } } }),
    );
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(400);
  });
  it("a non-numeric amount string is refused by the mock", async () => {
    const error = await caught(() =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/transactions/refund", { params: account, body: { data: { amount: "ten" } } }),
    );
    expect((error as KazooError).status).toBe(400);
  });
});
