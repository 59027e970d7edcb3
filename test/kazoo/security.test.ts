// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "getSecurity",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/security", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.inherited_config?.auth_modules?.cb_user_auth?.token_auth_expiry_s).toEqual(3600),
  ),
  row(
    "replaceSecurity",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/security", {
        params: { path: { ACCOUNT_ID } },
        body: { data: { auth_modules: { cb_user_auth: { token_auth_expiry_s: 604800 }, cb_api_auth: { enabled: false } } } },
      }),
    (d) => expect(d?.data?.auth_modules?.cb_api_auth?.enabled).toEqual(false),
  ),
  row(
    "updateSecurity",
    200,
    () =>
      kazoo().PATCH("/accounts/{ACCOUNT_ID}/security", {
        params: { path: { ACCOUNT_ID } },
        body: { data: { auth_modules: { cb_user_auth: { token_auth_expiry_s: 604800 } } } },
      }),
    (d) => expect(d?.data?.auth_modules?.cb_user_auth?.token_auth_expiry_s).toEqual(604800),
  ),
  row(
    "deleteSecurity",
    200,
    () => kazoo().DELETE("/accounts/{ACCOUNT_ID}/security", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.id).toEqual("configs_crossbar.auth"),
  ),
  row(
    "listAuthModules",
    200,
    () => kazoo().GET("/security", {}),
    (d) => expect(d?.data?.available_auth_modules?.[3]).toEqual("cb_user_auth"),
  ),
  row(
    "listSecurityAttempts",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/security/attempts", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.auth_type).toEqual("jwt_auth_token"),
  ),
  row(
    "getSecurityAttempt",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/security/attempts/{ATTEMPT_ID}", {
        params: { path: { ACCOUNT_ID, ATTEMPT_ID: "202401-1db222fece0e7454c122788bf892adf8" } },
      }),
    (d) => expect(d?.data?.status).toEqual("success"),
  ),
]);
