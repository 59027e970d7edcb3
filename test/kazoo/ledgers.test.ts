import { KazooError, unwrap } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { ACCOUNT_ID, account, kazoo, operations } from "./client.js";

/** A client that records the URLs it sends. */
function spied() {
  const urls: URL[] = [];
  const client = kazoo();
  client.use({ onRequest: ({ request }) => void urls.push(new URL(request.url)) });
  return { client, urls, last: () => urls[urls.length - 1] };
}

const entry = {
  amount: 100,
  description: "Support hours",
  source: { service: "support", id: "ticket-4711" },
  usage: { type: "data", quantity: 5, unit: "MB" },
  period: { start: 63730348800, end: 63732940800 },
};

operations({
  getLedgerTotals: async () => {
    const { client, last } = spied();
    const totals = await unwrap(
      client.GET("/accounts/{ACCOUNT_ID}/ledgers", { params: { ...account, query: { created_from: 63730348800 } } }),
    );
    expect(last()?.pathname).toBe(`/v2/accounts/${ACCOUNT_ID}/ledgers`);
    expect(last()?.searchParams.get("created_from")).toBe("63730348800");
    expect(totals["per-minute-voip"]?.usage?.unit).toBe("sec");
    expect(totals.mobile_data?.amount).toBe(-10.5);
  },
  listAvailableLedgers: async () => {
    const sources = await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/ledgers/available", { params: account }));
    expect(sources[0]?.markup_type).toEqual(["percentage"]);
  },
  getLedgerTotal: async () => {
    const total = await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/ledgers/total", { params: account }));
    expect(total.amount).toBe(125.5);
  },
  creditLedger: async () => {
    const stored = await unwrap(kazoo().PUT("/accounts/{ACCOUNT_ID}/ledgers/credit", { params: account, body: { data: entry } }));
    // Without impact_reseller the answer is the entry itself, not the per-account map.
    expect(stored).toMatchObject({ amount: 100, source: { service: "support" } });
  },
  debitLedger: async () => {
    const { client, urls } = spied();
    const { data, response } = await client.PUT("/accounts/{ACCOUNT_ID}/ledgers/debit", {
      params: account,
      body: { data: entry, impact_reseller: true },
    });
    expect(response.status).toBe(201);
    expect(urls[0]?.pathname).toBe(`/v2/accounts/${ACCOUNT_ID}/ledgers/debit`);
    expect(data?.data).toMatchObject({ amount: -100, usage: { unit: "MB" } });
  },
  getLedgerMonthSummary: async () => {
    const { client, last } = spied();
    const month = await unwrap(
      client.GET("/accounts/{ACCOUNT_ID}/ledgers/summary/{MODB_SUFFIX}", { params: { path: { ACCOUNT_ID, MODB_SUFFIX: "201905" } } }),
    );
    expect(last()?.pathname).toBe(`/v2/accounts/${ACCOUNT_ID}/ledgers/summary/201905`);
    expect(month.breakdown?.[0]?.total).toBe(-385);
    expect(month.summary?.rollovers?.amount).toBe(36.102);
  },
  listLedgerEntries: async () => {
    const { client, last } = spied();
    const { data } = await client.GET("/accounts/{ACCOUNT_ID}/ledgers/{SOURCE_SERVICE}", {
      params: { path: { ACCOUNT_ID, SOURCE_SERVICE: "per-minute-voip" }, query: { page_size: 1, created_from: 63630000000 } },
    });
    expect(last()?.pathname).toBe(`/v2/accounts/${ACCOUNT_ID}/ledgers/per-minute-voip`);
    expect(last()?.searchParams.get("page_size")).toBe("1");
    expect(data?.start_key).toBe("g2wAAAACbQAAAAtmaXJzdF9uYW1lag");
    expect(data?.data[0]?.usage?.quantity).toBe(3);
  },
  getLedgerEntry: async () => {
    const ledger = await unwrap(
      kazoo().GET("/accounts/{ACCOUNT_ID}/ledgers/{SOURCE_SERVICE}/{LEDGER_ID}", {
        params: { path: { ACCOUNT_ID, SOURCE_SERVICE: "per-minute-voip", LEDGER_ID: "201911-2b8c5f0e4d3a4c1b9e7f6a5d4c3b2a10" } },
      }),
    );
    expect(ledger.account?.name).toBe("Example Corp");
    expect(ledger.period?.start).toBe(63630348840);
  },
});

describe("ledgers: bad requests", () => {
  it("a debit without usage fails to compile and the mock refuses it with 400", async () => {
    const { usage: _, ...noUsage } = entry;
    const error = await caught(() =>
      // @ts-expect-error usage is required by the ledgers schema
      kazoo().PUT("/accounts/{ACCOUNT_ID}/ledgers/debit", { params: account, body: { data: noUsage } }),
    );
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(400);
  });

  it("a month that is not YYYYMM is refused before the server acts", async () => {
    const error = await caught(() =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/ledgers/summary/{MODB_SUFFIX}", { params: { path: { ACCOUNT_ID, MODB_SUFFIX: "2019-05" } } }),
    );
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(400);
  });
});
