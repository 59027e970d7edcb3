import { KazooChargesError, KazooError, KazooPaymentError, type paths, unwrap } from "@callspec/kazoo";
import { describe, expect, expectTypeOf, it } from "vitest";
import { caught } from "../support/mocks.js";
import { ACCOUNT_ID, account, kazoo, operations } from "./client.js";

/** A client that records the URLs it sends. */
function spied() {
  const urls: URL[] = [];
  const client = kazoo();
  client.use({ onRequest: ({ request }) => void urls.push(new URL(request.url)) });
  return { client, last: () => urls[urls.length - 1] };
}

const IP_ADDRESS = "203.0.113.10";
const ip = { path: { ACCOUNT_ID, IP_ADDRESS } };

operations({
  listAvailableIps: async () => {
    const { client, last } = spied();
    const ips = await unwrap(client.GET("/accounts/{ACCOUNT_ID}/ips", { params: { ...account, query: { zone: "us-east" } } }));
    expect(last()?.searchParams.get("zone")).toBe("us-east");
    expect(ips[0]?.ip).toBe(IP_ADDRESS);
  },
  assignIps: async () => {
    const result = await unwrap(kazoo().POST("/accounts/{ACCOUNT_ID}/ips", { params: account, body: { data: { ips: [IP_ADDRESS] } } }));
    expect(result.success[IP_ADDRESS]?.assigned_to).toBe(ACCOUNT_ID);
    expect(result.error).toEqual({});
  },
  releaseIps: async () => {
    const { client, last } = spied();
    const result = await unwrap(client.DELETE("/accounts/{ACCOUNT_ID}/ips", { params: account, body: { data: { ips: [IP_ADDRESS] } } }));
    expect(last()?.pathname).toBe(`/v2/accounts/${ACCOUNT_ID}/ips`);
    expect(result.success[IP_ADDRESS]?.status).toBe("available");
  },
  listAssignedIps: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/ips/assigned", { params: account })))[0]?.host).toBe(
      "proxy1.us-east.example.net",
    ),
  listIpHosts: async () =>
    expect(await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/ips/hosts", { params: account }))).toEqual(["proxy1.us-east.example.net"]),
  listIpZones: async () => expect(await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/ips/zones", { params: account }))).toEqual(["us-east"]),
  getIp: async () => {
    const { client, last } = spied();
    const found = await unwrap(client.GET("/accounts/{ACCOUNT_ID}/ips/{IP_ADDRESS}", { params: ip }));
    expect(last()?.pathname).toBe(`/v2/accounts/${ACCOUNT_ID}/ips/${IP_ADDRESS}`);
    expect(found.status).toBe("assigned");
  },
  assignIp: async () => {
    const result = await unwrap(kazoo().POST("/accounts/{ACCOUNT_ID}/ips/{IP_ADDRESS}", { params: ip, body: { data: {} } }));
    expect(result.success[IP_ADDRESS]?.zone).toBe("us-east");
  },
  releaseIp: async () => {
    const result = await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/ips/{IP_ADDRESS}", { params: ip }));
    expect(Object.keys(result.success)).toEqual([IP_ADDRESS]);
  },
  listSystemIps: async () => {
    const { client, last } = spied();
    await unwrap(client.GET("/ips", { params: { query: { zone: "us-east" } } }));
    expect(last()?.pathname).toBe("/v2/ips");
    expect(last()?.search).toBe("?zone=us-east");
  },
  createIp: async () => {
    const { data, response } = await kazoo().PUT("/ips", {
      body: { data: { ip: IP_ADDRESS, zone: "us-east", host: "proxy1.us-east.example.net" } },
    });
    expect(response.status).toBe(201);
    expect(data?.data.status).toBe("available");
  },
  listSystemIpHosts: async () => expect(await unwrap(kazoo().GET("/ips/hosts"))).toContain("proxy1.us-east.example.net"),
  listSystemIpZones: async () => expect(await unwrap(kazoo().GET("/ips/zones"))).toContain("us-east"),
  getSystemIp: async () =>
    expect((await unwrap(kazoo().GET("/ips/{IP_ADDRESS}", { params: { path: { IP_ADDRESS } } }))).type).toBe("dedicated_ip"),
  deleteIp: async () =>
    expect((await unwrap(kazoo().DELETE("/ips/{IP_ADDRESS}", { params: { path: { IP_ADDRESS } } }))).id).toBe(IP_ADDRESS),
});

describe("ips: bad requests", () => {
  it("an IP without its zone and host fails to compile and the mock refuses it with 400", async () => {
    const error = await caught(() =>
      // @ts-expect-error zone and host are required by the ip schema
      kazoo().PUT("/ips", { body: { data: { ip: IP_ADDRESS } } }),
    );
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(400);
  });

  it("an empty list of IPs to assign is refused with 400", async () => {
    const error = await caught(() => kazoo().POST("/accounts/{ACCOUNT_ID}/ips", { params: account, body: { data: { ips: [] } } }));
    expect((error as KazooError).status).toBe(400);
  });
});

describe("ips: refusals per IP", () => {
  it("a refused assignment names the IP's list position with Crossbar's escaped dot, decoded as validation", async () => {
    const error = await caught(() =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/ips", {
        params: account,
        body: { data: { ips: ["203.0.113.10", "203.0.113.11"] } },
        headers: { Prefer: "code=400, example=assignedElsewhere" },
      }),
    );
    expect(error).toBeInstanceOf(KazooError);
    const { validation, vendorCode, vendorMessage } = error as KazooError;
    expect(vendorCode).toBe("validation error");
    expect(vendorMessage).toBe("validation error (ips%2E1)");
    expect(validation?.["ips%2E1"]?.forbidden).toEqual({ message: "ip assigned to another account", value: "203.0.113.11" });
  });

  it("releasing an IP the account does not hold is refused per IP", async () => {
    const error = await caught(() =>
      kazoo().DELETE("/accounts/{ACCOUNT_ID}/ips/{IP_ADDRESS}", { params: ip, headers: { Prefer: "code=400, example=notAssigned" } }),
    );
    expect((error as KazooError).validation?.["ips%2E0"]?.superfluous?.value).toBe(IP_ADDRESS);
  });

  it("PUT under an account is not a call of the client: cb_ips forbids it, PUT /ips creates", async () => {
    // cb_ips `maybe_create_ip` answers 403 to every PUT under /accounts/{ACCOUNT_ID}/ips, so the path item has none
    // and the client offers no such PUT (asked of the path item, the check stays cheap for tsc).
    expectTypeOf<paths["/accounts/{ACCOUNT_ID}/ips"]["put"]>().toEqualTypeOf<undefined>();
    const put = kazoo().PUT as unknown as (path: string, init: unknown) => Promise<unknown>;
    const error = await caught(() =>
      put("/accounts/{ACCOUNT_ID}/ips", { params: account, body: { data: { ip: IP_ADDRESS, zone: "us-east", host: "h" } } }),
    );
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(405);
  });
});

describe("ips: charges", () => {
  it("a 402 answer to an assignment surfaces as KazooChargesError with the charges", async () => {
    const error = await caught(() =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/ips", {
        params: account,
        body: { data: { ips: [IP_ADDRESS] } },
        headers: { Prefer: "code=402" },
      }),
    );
    expect(error).toBeInstanceOf(KazooChargesError);
    expect((error as KazooChargesError).charges.activation_charges).toBe(1);
  });

  it("a 402 billing_issue after accepting the charges is a KazooPaymentError with the bookkeeper's reason", async () => {
    const error = await caught(() =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/ips", {
        params: account,
        body: { data: { ips: [IP_ADDRESS] }, accept_charges: true },
        headers: { Prefer: "code=402, example=billingIssue" },
      }),
    );
    expect(error).toBeInstanceOf(KazooPaymentError);
    expect(error).not.toBeInstanceOf(KazooChargesError);
    const { reason, bookkeeperReason, vendorMessage } = error as KazooPaymentError;
    expect([reason, bookkeeperReason]).toEqual(["billing_issue", "bookkeeper_rejection"]);
    expect(vendorMessage).toMatch(/^There is a billing issue/);
  });
});
