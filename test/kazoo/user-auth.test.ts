import { createKazooClient, unwrap } from "@callspec/kazoo";
import { expect } from "vitest";
import { mockOf } from "../support/mocks.js";
import { ACCOUNT_ID, USER_ID, kazoo, operations } from "./client.js";

// No token at all: these operations are open (`security: []`), and the mock must not ask for one.
const anonymous = () =>
  createKazooClient({
    baseUrl: mockOf("kazoo").url,
    auth: { token: "unused-but-required" },
    retry: false,
    fetch: (r, i) => {
      r.headers.delete("X-Auth-Token");
      return fetch(r, i);
    },
  });

operations({
  createUserAuth: async () => {
    const { data, response } = await anonymous().PUT("/user_auth", {
      body: { data: { credentials: "82a2dc91686ec828a67152d45a5c5ef7", account_name: "Example Corp", method: "md5" } },
    });
    expect(response.status).toBe(201);
    expect(data?.auth_token).toBe("EXAMPLE-auth-token");
    expect(data?.data.owner_id).toBe(USER_ID);
  },
  createApiAuth: async () =>
    expect((await unwrap(anonymous().PUT("/api_auth", { body: { data: { api_key: "0".repeat(64) } } }))).account_id).toBe(ACCOUNT_ID),
  getUserAuthToken: async () =>
    expect(
      (await unwrap(kazoo().GET("/user_auth/{AUTH_TOKEN}", { params: { path: { AUTH_TOKEN: "eyJhbGciOiJSUzI1NiJ9.EXAMPLE.signature" } } })))
        .method,
    ).toBe("cb_user_auth"),
  requestPasswordRecovery: async () => {
    const { data, response } = await anonymous().PUT("/user_auth/recovery", {
      body: { data: { username: "ada@example.net", account_name: "Example Corp", ui_url: "https://portal.example.net/" } },
    });
    expect(response.status).toBe(201);
    expect(data?.status).toBe("success");
  },
  resetPassword: async () =>
    expect(
      (await anonymous().POST("/user_auth/recovery", { body: { data: { reset_id: "0123456789abcdef0123456789abcdef01234567" } } })).data
        ?.status,
    ).toBe("success"),
  impersonateUser: async () => {
    const { data } = await kazoo().PUT("/accounts/{ACCOUNT_ID}/users/{USER_ID}/user_auth", {
      params: { path: { ACCOUNT_ID, USER_ID } },
      body: { action: "impersonate_user", data: {} },
    });
    expect(data?.auth_token).toBe("EXAMPLE-impersonation-token");
    expect(data?.data.owner_id).toBe(USER_ID);
  },
  createIpAuth: async () => expect((await anonymous().PUT("/ip_auth", { body: { data: {} } })).data?.auth_token).toBe("EXAMPLE-auth-token"),
  getTokenAuth: async () => expect((await unwrap(kazoo().GET("/token_auth"))).account_name).toBe("Example Corp"),
  deleteTokenAuth: async () => expect((await kazoo().DELETE("/token_auth")).data?.status).toBe("success"),
});
