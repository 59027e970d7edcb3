import { KazooChargesError, KazooError, KazooPaymentError, unwrap } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { ACCOUNT_ID, account, kazoo, operations } from "./client.js";

/** A client that records the requests it sends. */
function spied() {
  const sent: Request[] = [];
  const client = kazoo();
  client.use({ onRequest: ({ request }) => void sent.push(request.clone()) });
  return { client, last: () => sent[sent.length - 1], url: () => new URL(sent[sent.length - 1]?.url ?? "about:blank") };
}

const PLAN_ID = "plan_voip_standard";
const plan = { path: { ACCOUNT_ID, PLAN_ID } };
const quantities = { devices: { sip_device: 3 }, users: { user: 2 } };
const overrides = { devices: { sip_device: { rate: 5 } } };

operations({
  getServicePlanAssignments: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/services", { params: account })))[PLAN_ID]?.vendor_id).toBe(
      "1e1b8f2c5d4a4b3c9e8f7a6b5c4d3e2f",
    ),
  changeServicePlans: async () => {
    const { client, last } = spied();
    const plans = await unwrap(
      client.POST("/accounts/{ACCOUNT_ID}/services", {
        params: account,
        body: { data: { add: [PLAN_ID], delete: ["plan_voip_legacy"] }, merge: true },
      }),
    );
    // merge rides next to data in the envelope, as cb_services reads it.
    expect(await last()?.json()).toEqual({ data: { add: [PLAN_ID], delete: ["plan_voip_legacy"] }, merge: true });
    expect(Object.keys(plans)).toEqual([PLAN_ID]);
  },
  listServiceAuditLogs: async () => {
    const { client, url } = spied();
    const logs = await unwrap(
      client.GET("/accounts/{ACCOUNT_ID}/services/audit", { params: { ...account, query: { created_from: 63742805754 } } }),
    );
    expect(url().searchParams.get("created_from")).toBe("63742805754");
    expect(logs[0]?.id).toMatch(/^\d{6}-/);
    const csv = await kazoo().GET("/accounts/{ACCOUNT_ID}/services/audit", {
      params: account,
      headers: { Accept: "text/csv" },
      parseAs: "text",
    });
    expect(csv.response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(typeof csv.data).toBe("string");
  },
  getServiceAuditSummary: async () => {
    const days = await unwrap(
      kazoo().GET("/accounts/{ACCOUNT_ID}/services/audit/summary", {
        params: { ...account, query: { created_from: 63742805754, created_to: 63743140658 } },
      }),
    );
    expect(days[0]?.user?.["2019-12-09"]?.addition).toBe(1);
  },
  getServiceAuditCategorySummary: async () => {
    const { client, url } = spied();
    const days = await unwrap(
      client.GET("/accounts/{ACCOUNT_ID}/services/audit/summary/{SOURCE_SERVICE}", {
        params: { path: { ACCOUNT_ID, SOURCE_SERVICE: "user" } },
      }),
    );
    expect(url().pathname).toBe(`/v2/accounts/${ACCOUNT_ID}/services/audit/summary/user`);
    expect(days[0]?.["2019-12-09"]?.removal).toBe(1);
  },
  getServiceAuditLog: async () =>
    expect(
      (
        await unwrap(
          kazoo().GET("/accounts/{ACCOUNT_ID}/services/audit/{AUDIT_ID}", {
            params: { path: { ACCOUNT_ID, AUDIT_ID: "201912-4f7c2a9b1e3d5f6a8c0b2d4e6f8a1c3e" } },
          }),
        )
      ).created,
    ).toBe(63743140658),
  listAvailableServicePlans: async () => {
    const { client, url } = spied();
    const { data } = await client.GET("/accounts/{ACCOUNT_ID}/services/available", { params: { ...account, query: { details: true } } });
    expect(url().search).toBe("?details=true");
    expect(data?.data[0]?.id).toBe(PLAN_ID);
  },
  listEditableServiceFields: async () =>
    expect(await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/services/editable", { params: account }))).toHaveProperty(
      "devices.sip_device.rate",
    ),
  listSystemEditableServiceFields: async () => expect(await unwrap(kazoo().GET("/services/editable"))).toHaveProperty("devices"),
  getServiceManualQuantities: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/services/manual", { params: account }))).devices?.sip_device).toBe(3),
  replaceServiceManualQuantities: async () =>
    expect(
      (await unwrap(kazoo().POST("/accounts/{ACCOUNT_ID}/services/manual", { params: account, body: { data: quantities, merge: false } })))
        .users?.user,
    ).toBe(2),
  updateServiceManualQuantities: async () =>
    expect(await unwrap(kazoo().PATCH("/accounts/{ACCOUNT_ID}/services/manual", { params: account, body: { data: quantities } }))).toEqual(
      quantities,
    ),
  getServiceOverrides: async () =>
    expect(await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/services/overrides", { params: account }))).toEqual(overrides),
  replaceServiceOverrides: async () =>
    expect(await unwrap(kazoo().POST("/accounts/{ACCOUNT_ID}/services/overrides", { params: account, body: { data: overrides } }))).toEqual(
      overrides,
    ),
  updateServiceOverrides: async () =>
    expect(
      await unwrap(kazoo().PATCH("/accounts/{ACCOUNT_ID}/services/overrides", { params: account, body: { data: overrides } })),
    ).toEqual(overrides),
  quoteServicePlans: async () => {
    const quote = await unwrap(
      kazoo().POST("/accounts/{ACCOUNT_ID}/services/quote", { params: account, body: { data: { add: [PLAN_ID] } } }),
    );
    expect(quote.invoices?.[0]?.items?.[0]?.total).toBe(15);
    expect(quote.billing_cycle?.unit).toBe("month");
  },
  reconcileServices: async () => {
    const { data } = await kazoo().POST("/accounts/{ACCOUNT_ID}/services/reconciliation", { params: account, body: { data: {} } });
    // No data in the envelope: unwrap would refuse it, the status says it worked.
    expect(data?.status).toBe("success");
    expect(data && "data" in data).toBe(false);
  },
  synchronizeServices: async () => {
    const { data, response } = await kazoo().POST("/accounts/{ACCOUNT_ID}/services/synchronization", { params: account });
    expect(response.status).toBe(200);
    expect(data?.status).toBe("success");
  },
  getServiceSummary: async () => {
    const summary = await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/services/summary", { params: account }));
    expect(summary.status?.acceptable).toBe(true);
    expect(summary.quantities?.account?.devices?.sip_device).toBe(3);
    const csv = await kazoo().GET("/accounts/{ACCOUNT_ID}/services/summary", {
      params: account,
      headers: { Accept: "text/csv" },
      parseAs: "text",
    });
    expect(csv.response.headers.get("content-type")).toMatch(/^text\/csv/);
  },
  topupServices: async () => {
    const result = await unwrap(kazoo().POST("/accounts/{ACCOUNT_ID}/services/topup", { params: account, body: { data: { amount: 50 } } }));
    expect(result.ledger?.amount).toBe(50);
    expect(result.ledger?.usage?.type).toBe("credit");
  },
  assignServicePlan: async () => {
    const { client, url } = spied();
    const plans = await unwrap(client.POST("/accounts/{ACCOUNT_ID}/services/{PLAN_ID}", { params: plan, body: { data: { overrides } } }));
    expect(url().pathname).toBe(`/v2/accounts/${ACCOUNT_ID}/services/${PLAN_ID}`);
    expect(plans[PLAN_ID]).toBeDefined();
  },
  unassignServicePlan: async () =>
    expect(await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/services/{PLAN_ID}", { params: plan }))).toEqual({}),
});

describe("services: payment and bad requests", () => {
  it("a top-up without a payment method surfaces as KazooPaymentError no_payment_token, not as charges to accept", async () => {
    const error = await caught(() =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/services/topup", {
        params: account,
        body: { data: { amount: 50 } },
        headers: { Prefer: "code=402" },
      }),
    );
    expect(error).toBeInstanceOf(KazooPaymentError);
    expect(error).not.toBeInstanceOf(KazooChargesError);
    const { status, reason, vendorMessage } = error as KazooPaymentError;
    expect([status, reason, vendorMessage]).toEqual([402, "no_payment_token", "no payment method available"]);
  });

  it("a top-up without an amount fails to compile and the mock refuses it with 400", async () => {
    const error = await caught(() =>
      // @ts-expect-error amount is required
      kazoo().POST("/accounts/{ACCOUNT_ID}/services/topup", { params: account, body: { data: {} } }),
    );
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(400);
  });

  it("an audit id without its month prefix is refused with 400", async () => {
    const error = await caught(() =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/services/audit/{AUDIT_ID}", { params: { path: { ACCOUNT_ID, AUDIT_ID: "4f7c2a9b1e3d5f6a" } } }),
    );
    expect((error as KazooError).status).toBe(400);
  });
});
