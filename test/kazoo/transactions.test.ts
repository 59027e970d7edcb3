import { KazooError, createKazooClient, unwrap } from "@callspec/kazoo";
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

describe("transactions: bookkeeper errors and validation", () => {
  it("402 no_payment_token and a 500 bookkeeper fault surface as typed errors (no accept_charges step)", async () => {
    const s = await localServer((req, res) =>
      req.url?.endsWith("/sale")
        ? json(res, 402, { data: { message: "no payment method available" }, error: "402", message: "no_payment_token", status: "error" })
        : json(res, 500, {
            data: { id: TRANSACTION_ID, type: "refund", amount: 10 },
            error: "500",
            message: "card_declined",
            status: "error",
          }),
    );
    try {
      const client = createKazooClient({ baseUrl: `${s.url}/v2`, auth: { token: TEST_TOKEN }, retry: false });
      const noToken = await caught(() =>
        client.PUT("/accounts/{ACCOUNT_ID}/transactions/sale", { params: account, body: { data: { amount: 10 } } }),
      );
      expect(noToken).toBeInstanceOf(KazooError);
      expect((noToken as KazooError).status).toBe(402);
      expect((noToken as KazooError).vendorCode).toBe("no_payment_token");
      const declined = await caught(() =>
        client.PUT("/accounts/{ACCOUNT_ID}/transactions/refund", { params: account, body: { data: { amount: 10 } } }),
      );
      expect((declined as KazooError).status).toBe(500);
      expect((declined as KazooError).vendorCode).toBe("card_declined");
      expect(s.requests.map((r) => r.url)).toEqual([
        `/v2/accounts/${ACCOUNT_ID}/transactions/sale`,
        `/v2/accounts/${ACCOUNT_ID}/transactions/refund`,
      ]);
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
