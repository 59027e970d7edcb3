import {
  AuthError,
  ConfigurationError,
  type KazooError,
  createKazooClient,
  kazooCredentialsHash,
  loginKazoo,
  pageThrough,
  unwrap,
} from "@callspec/kazoo";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { json, localServer } from "../support/local-server.js";
import { caught, caughtSync, mockOf } from "../support/mocks.js";
import { ACCOUNT_ID, USER_ID, account } from "./client.js";

const API_KEY = "EXAMPLE0api0key0000000000000000000000000000000000000000000000000";

describe("credentials hash", () => {
  it("is the MD5 of the lower-cased username and the password (the docs' own example)", () => {
    expect(kazooCredentialsHash("John@Example.com", "m32c6NfqYEt")).toBe("82a2dc91686ec828a67152d45a5c5ef7");
    expect(kazooCredentialsHash("john@example.com", "m32c6NfqYEt", "sha")).toBe("055cf886cb9b5c5867083463867c527ace0f8ecc");
  });
});

describe("createUserAuth (user credentials login)", () => {
  it("logs in against the mock, learns the account, then sends the token", async () => {
    const { client, identity } = await loginKazoo({
      baseUrl: mockOf("kazoo").url,
      auth: { username: "john@example.com", password: "m32c6NfqYEt", accountName: "Example Corp" },
      retry: false,
    });
    expect(identity.account_id).toBe(ACCOUNT_ID);
    expect(identity.owner_id).toBe(USER_ID);
    const users = await unwrap(client.GET("/accounts/{ACCOUNT_ID}/users", { params: { path: { ACCOUNT_ID: identity.account_id } } }));
    expect(users[0]?.id).toBe(USER_ID);
  });

  it("sends the hash, never the password, and names the account the one way given", async () => {
    const s = await localServer((req, res) =>
      req.url === "/v2/user_auth"
        ? json(res, 201, { auth_token: "EXAMPLE-token-1", data: { account_id: ACCOUNT_ID }, status: "success" })
        : json(res, 200, { data: [], status: "success" }),
    );
    try {
      const client = createKazooClient({
        baseUrl: `${s.url}/v2`,
        auth: { username: "John@Example.com", password: "m32c6NfqYEt", accountRealm: "example.sip.example.net" },
      });
      await client.GET("/accounts/{ACCOUNT_ID}/users", { params: account });
      expect(s.requests.map((r) => `${r.method} ${r.url}`)).toEqual(["PUT /v2/user_auth", `GET /v2/accounts/${ACCOUNT_ID}/users`]);
      expect(JSON.parse(s.requests[0]!.body)).toEqual({
        data: { credentials: "82a2dc91686ec828a67152d45a5c5ef7", method: "md5", account_realm: "example.sip.example.net" },
      });
      expect(s.requests[0]!.body).not.toContain("m32c6NfqYEt");
      expect(s.requests[1]!.headers["x-auth-token"]).toBe("EXAMPLE-token-1");
    } finally {
      await s.close();
    }
  });

  it("takes a password beyond Latin-1 (hashed as UTF-8, as Crossbar does); refuses control characters without echoing", async () => {
    const s = await localServer((_, res) => json(res, 201, { auth_token: "EXAMPLE-token-2", data: { account_id: ACCOUNT_ID } }));
    try {
      const password = "пароль-密码";
      await loginKazoo({ baseUrl: `${s.url}/v2`, auth: { username: "anna", password, accountName: "acme" } });
      const sent = JSON.parse(s.requests[0]!.body).data.credentials;
      expect(sent).toBe(createHash("md5").update(`anna:${password}`, "utf8").digest("hex"));
    } finally {
      await s.close();
    }
    const refused = caughtSync(() =>
      createKazooClient({
        baseUrl: "http://127.0.0.1:1/v2",
        auth: { username: "anna", password: "line1\nline2-Секрет", accountName: "acme" },
      }),
    );
    expect(refused).toBeInstanceOf(ConfigurationError);
    expect(String(refused)).not.toContain("Секрет");
  });

  it("refuses to guess the account when none or two are named", () => {
    expect(() => createKazooClient({ baseUrl: "http://127.0.0.1:1/v2", auth: { username: "a", password: "b" } as never })).toThrow(
      /exactly one of accountName/,
    );
  });
});

describe("createApiAuth (API key login)", () => {
  it("logs in with the key against the mock", async () => {
    const { identity } = await loginKazoo({ baseUrl: mockOf("kazoo").url, auth: { apiKey: API_KEY }, retry: false });
    expect(identity.account_id).toBe(ACCOUNT_ID);
    expect(identity.is_reseller).toBe(false);
  });

  it("logs in again once after a 401 and repeats the request; a wrong key is an AuthError", async () => {
    let issued = 0;
    const s = await localServer((req, res) => {
      if (req.url === "/v2/api_auth") {
        if (JSON.parse(req.body).data.api_key !== API_KEY)
          return json(res, 401, {
            data: { message: "invalid credentials" },
            error: "401",
            message: "invalid_credentials",
            status: "error",
          });
        return json(res, 201, { auth_token: `EXAMPLE-token-${++issued}`, data: { account_id: ACCOUNT_ID }, status: "success" });
      }
      if (req.headers["x-auth-token"] !== "EXAMPLE-token-2")
        return json(res, 401, { data: { message: "invalid credentials" }, error: "401", message: "invalid_credentials", status: "error" });
      json(res, 200, { data: { id: USER_ID, first_name: "Ada", last_name: "Lovelace" }, status: "success" });
    });
    try {
      const client = createKazooClient({ baseUrl: `${s.url}/v2`, auth: { apiKey: API_KEY } });
      const user = await unwrap(client.GET("/accounts/{ACCOUNT_ID}/users/{USER_ID}", { params: { path: { ACCOUNT_ID, USER_ID } } }));
      expect(user.first_name).toBe("Ada");
      expect(issued).toBe(2);
      const wrong = await caught(() => loginKazoo({ baseUrl: `${s.url}/v2`, auth: { apiKey: "0".repeat(64) } }));
      expect(wrong).toBeInstanceOf(AuthError);
      expect((wrong as AuthError).status).toBe(401);
      expect(((wrong as AuthError).cause as KazooError).vendorCode).toBe("invalid_credentials");
    } finally {
      await s.close();
    }
  });
});

describe("listing query parameters", () => {
  it("send the filter_* family as plain query parameters, next to paging ones", async () => {
    const s = await localServer((_, res) => json(res, 200, { data: [], status: "success" }));
    try {
      const client = createKazooClient({ baseUrl: `${s.url}/v2`, auth: { token: "EXAMPLE-token" } });
      await client.GET("/accounts/{ACCOUNT_ID}/users", {
        params: {
          ...account,
          query: {
            page_size: 10,
            paginate: true,
            filters: { filter_priv_level: "admin", "filter_not_caller_id.internal.number": "1000" },
            has_key: "email",
            created_from: 63862817600,
          },
        },
      });
      const query = new URL(s.requests[0]!.url, s.url).searchParams;
      expect(Object.fromEntries(query)).toEqual({
        page_size: "10",
        paginate: "true",
        filter_priv_level: "admin",
        "filter_not_caller_id.internal.number": "1000",
        has_key: "email",
        created_from: "63862817600",
      });
    } finally {
      await s.close();
    }
  });
});

describe("phone numbers in paths", () => {
  it("reach the server percent-encoded, + as %2B, as Crossbar requires", async () => {
    const s = await localServer((_, res) => json(res, 200, { data: { id: "+14155550100" }, status: "success" }));
    try {
      const client = createKazooClient({ baseUrl: `${s.url}/v2`, auth: { token: "EXAMPLE-token" } });
      await client.GET("/accounts/{ACCOUNT_ID}/phone_numbers/{PHONE_NUMBER}", {
        params: { path: { ACCOUNT_ID, PHONE_NUMBER: "+14155550100" } },
      });
      expect(s.requests[0]!.url).toBe(`/v2/accounts/${ACCOUNT_ID}/phone_numbers/%2B14155550100`);
    } finally {
      await s.close();
    }
  });
});

describe("pageThrough", () => {
  it("follows next_start_key across three pages and stops on the page without one", async () => {
    const pages: Record<string, { data: { id: string }[]; next_start_key?: string }> = {
      "": { data: [{ id: "a".repeat(32) }, { id: "b".repeat(32) }], next_start_key: "g2wAAAABbQAAAAFi" },
      g2wAAAABbQAAAAFi: { data: [{ id: "c".repeat(32) }], next_start_key: "g2wAAAABbQAAAAFj" },
      g2wAAAABbQAAAAFj: { data: [{ id: "d".repeat(32) }] },
    };
    const s = await localServer((req, res) => {
      const key = new URL(req.url, "http://x").searchParams.get("start_key") ?? "";
      json(res, 200, { ...pages[key], page_size: pages[key]!.data.length, status: "success" });
    });
    try {
      const client = createKazooClient({ baseUrl: `${s.url}/v2`, auth: { token: "EXAMPLE-token" } });
      const ids: string[] = [];
      for await (const user of pageThrough((start_key) =>
        client.GET("/accounts/{ACCOUNT_ID}/users", { params: { ...account, query: { start_key, page_size: 2 } } }),
      )) {
        ids.push(user.id);
      }
      expect(ids).toEqual(["a", "b", "c", "d"].map((c) => c.repeat(32)));
      expect(s.requests).toHaveLength(3);
      expect(s.requests[2]!.url).toContain("start_key=g2wAAAABbQAAAAFj");
    } finally {
      await s.close();
    }
  });
});
