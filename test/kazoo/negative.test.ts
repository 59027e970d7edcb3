import {
  KazooChargesError,
  KazooError,
  KazooPaymentError,
  type KazooSchema,
  PathParameterError,
  createKazooClient,
  unwrap,
} from "@callspec/kazoo";
import { describe, expect, expectTypeOf, it } from "vitest";
import { json, localServer } from "../support/local-server.js";
import { caught, mockOf } from "../support/mocks.js";
import { ACCOUNT_ID, TEST_TOKEN, USER_ID, account, kazoo } from "./client.js";

describe("request validation", () => {
  it("a body that fails the user schema surfaces as KazooError 400 with the per-field failures", async () => {
    const error = await caught(() =>
      // last_name is required by the users schema.
      kazoo().PUT("/accounts/{ACCOUNT_ID}/users", { params: account, body: { data: { first_name: "Ada" } } as never }),
    );
    expect(error).toBeInstanceOf(KazooError);
    const e = error as KazooError;
    expect(e.status).toBe(400);
    expect(e.method).toBe("PUT");
    expect(e.vendorCode).toBe("validation failed");
    expect(e.validation?.last_name?.required?.message).toMatch(/required/);
    // The body is the spec's error envelope, typed: no cast needed to read it.
    expectTypeOf(e.body).toEqualTypeOf<KazooSchema<"ErrorEnvelope"> | string | undefined>();
    expect(typeof e.body === "object" ? [e.body.error, e.body.status] : e.body).toEqual(["400", "error"]);
  });

  it("a body without the data envelope is refused with 400", async () => {
    const error = await caught(() =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/users", { params: account, body: { first_name: "Ada", last_name: "L" } as never }),
    );
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(400);
  });

  it("an account id that is not 32 hex characters is refused with 400", async () => {
    const error = await caught(() =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/users", { params: { path: { ACCOUNT_ID: "4b31dd1d-32ce-6d24" } } }),
    );
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(400);
  });

  it("a request without X-Auth-Token gets the spec's 401, and the error does not carry the token", async () => {
    const base = mockOf("kazoo").url;
    expect((await fetch(`${base}/accounts/${ACCOUNT_ID}/users`)).status).toBe(401);
    const stripAuth = (request: Request, init?: RequestInit) => {
      request.headers.delete("X-Auth-Token");
      return fetch(request, init);
    };
    const client = createKazooClient({ baseUrl: base, auth: { token: TEST_TOKEN }, retry: false, fetch: stripAuth });
    const error = await caught(() => client.GET("/accounts/{ACCOUNT_ID}/users", { params: account }));
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(401);
    expect((error as KazooError).vendorCode).toBe("invalid_credentials");
    expect(JSON.stringify(error) + String(error)).not.toContain(TEST_TOKEN);
  });
});

describe("path guards", () => {
  const sent: string[] = [];
  const spy = () => {
    const client = kazoo();
    client.use({ onRequest: ({ request }) => void sent.push(request.url) });
    return client;
  };
  it.each([
    ["..", /"USER_ID".*is "\.\."/],
    [".", /"USER_ID".*is "\."/],
    ["", /"USER_ID".*is empty/],
    [undefined, /"USER_ID".*is missing/],
  ])("refuses USER_ID %j before sending", async (value, message) => {
    sent.length = 0;
    const error = await caught(() =>
      spy().GET("/accounts/{ACCOUNT_ID}/users/{USER_ID}", { params: { path: { ACCOUNT_ID, USER_ID: value as string } } }),
    );
    expect(error).toBeInstanceOf(PathParameterError);
    expect(String((error as Error).message)).toMatch(message);
    expect(sent).toEqual([]);
  });
});

describe("error envelope mapping", () => {
  it("402 accept charges: KazooChargesError exposes the charges; resending with accept_charges goes through", async () => {
    const charges = {
      devices: { sip_device: { category: "devices", item: "sip_device", quantity: 1, rate: 2, activation_charges: 1 } },
      activation_charges: 1,
    };
    const s = await localServer((req, res) =>
      JSON.parse(req.body).accept_charges === true
        ? json(res, 201, { data: { id: USER_ID, first_name: "Ada", last_name: "Lovelace" }, status: "success" })
        : json(res, 402, { data: charges, error: "402", message: "accept charges", status: "error" }),
    );
    try {
      const client = createKazooClient({ baseUrl: `${s.url}/v2`, auth: { token: TEST_TOKEN } });
      const body = { data: { first_name: "Ada", last_name: "Lovelace" } };
      const error = await caught(() => client.PUT("/accounts/{ACCOUNT_ID}/users", { params: account, body }));
      expect(error).toBeInstanceOf(KazooChargesError);
      expect((error as KazooChargesError).charges.activation_charges).toBe(1);
      expect((error as KazooChargesError).vendorCode).toBe("accept charges");
      const user = await unwrap(client.PUT("/accounts/{ACCOUNT_ID}/users", { params: account, body: { ...body, accept_charges: true } }));
      expect(user.id).toBe(USER_ID);
      expect(s.requests).toHaveLength(2);
    } finally {
      await s.close();
    }
  });

  it("a 402 that is not accept charges is a KazooPaymentError, even when its data looks like charges", async () => {
    const s = await localServer((_, res) =>
      json(res, 402, { data: { activation_charges: 1 }, error: "402", message: "no_credit", status: "error" }),
    );
    try {
      const client = createKazooClient({ baseUrl: `${s.url}/v2`, auth: { token: TEST_TOKEN } });
      const body = { data: { first_name: "Ada", last_name: "Lovelace" }, accept_charges: true };
      const error = await caught(() => client.PUT("/accounts/{ACCOUNT_ID}/users", { params: account, body }));
      expect(error).toBeInstanceOf(KazooPaymentError);
      expect(error).not.toBeInstanceOf(KazooChargesError);
      expect((error as KazooPaymentError).reason).toBe("no_credit");
      expect((error as KazooPaymentError).bookkeeperReason).toBeUndefined();
    } finally {
      await s.close();
    }
  });

  it("unwrap refuses a success answer without envelope data", async () => {
    const s = await localServer((_, res) => json(res, 200, { status: "success" }));
    try {
      const client = createKazooClient({ baseUrl: `${s.url}/v2`, auth: { token: TEST_TOKEN } });
      await expect(
        unwrap(client.GET("/accounts/{ACCOUNT_ID}/users/{USER_ID}", { params: { path: { ACCOUNT_ID, USER_ID } } })),
      ).rejects.toThrow(/no envelope data/);
    } finally {
      await s.close();
    }
  });
});

describe("retry rule", () => {
  const quickcall = {
    params: { path: { ACCOUNT_ID, ENDPOINT_TYPE: "devices", ENDPOINT_ID: "913f9c49dcb544e2087cee284f4a00b7", NUMBER: "+14155550142" } },
  } as const;
  const retrying = (url: string) =>
    createKazooClient({ baseUrl: `${url}/v2`, auth: { token: TEST_TOKEN }, retry: { initialDelayMs: 1, maxDelayMs: 1 } });

  it("a GET that places a call (quickcall) is sent once on a 503; an ordinary GET is repeated", async () => {
    const s = await localServer((req, res, index) =>
      req.url.includes("/quickcall/") || index === 1
        ? json(res, 503, { error: "503", message: "datastore_fault", status: "error" })
        : json(res, 200, { data: { version: "5.3.0" }, status: "success" }),
    );
    try {
      const client = retrying(s.url);
      await expect(client.GET("/accounts/{ACCOUNT_ID}/{ENDPOINT_TYPE}/{ENDPOINT_ID}/quickcall/{NUMBER}", quickcall)).rejects.toMatchObject({
        status: 503,
      });
      expect(s.requests).toHaveLength(1);
      const { data } = await client.GET("/about");
      expect(data?.data?.version).toBe("5.3.0");
      expect(s.requests.map((r) => r.url)).toEqual([expect.stringContaining("/quickcall/"), "/v2/about", "/v2/about"]);
    } finally {
      await s.close();
    }
  });

  it("the caller's isRetryable overrides the rule", async () => {
    const s = await localServer((_req, res) => json(res, 503, { error: "503", message: "datastore_fault", status: "error" }));
    try {
      const client = createKazooClient({
        baseUrl: `${s.url}/v2`,
        auth: { token: TEST_TOKEN },
        retry: { initialDelayMs: 1, maxDelayMs: 1, maxRetries: 1, isRetryable: () => true },
      });
      await expect(client.GET("/accounts/{ACCOUNT_ID}/{ENDPOINT_TYPE}/{ENDPOINT_ID}/quickcall/{NUMBER}", quickcall)).rejects.toMatchObject({
        status: 503,
      });
      expect(s.requests).toHaveLength(2);
    } finally {
      await s.close();
    }
  });
});
