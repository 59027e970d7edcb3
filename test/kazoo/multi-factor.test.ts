// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "listMultiFactorAttempts",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/multi_factor/attempts", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.auth_type).toEqual("multi_factor"),
  ),
  row(
    "getMultiFactorAttempt",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/multi_factor/attempts/{ATTEMPT_ID}", {
        params: { path: { ACCOUNT_ID, ATTEMPT_ID: "202401-1db222fece0e7454c122788bf892adf8" } },
      }),
    (d) => expect(d?.data?.status).toEqual("failed"),
  ),
  row(
    "listMultiFactorConfigs",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/multi_factor", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.configured?.[0]?.name).toEqual("Office Duo"),
  ),
  row(
    "createAccountMultiFactorConfig",
    201,
    () =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/multi_factor", {
        params: { path: { ACCOUNT_ID } },
        body: {
          data: {
            name: "Office Duo",
            provider_name: "duo",
            enabled: true,
            settings: {
              integration_key: "EXAMPLE-ikey",
              secret_key: "EXAMPLE-skey",
              application_secret_key: "EXAMPLE-akey",
              api_hostname: "api-example.duosecurity.com",
              duo_expire: 300,
              app_expire: 3600,
            },
          },
        },
      }),
    (d) => expect(d?.data?.provider_name).toEqual("duo"),
  ),
  row(
    "getAccountMultiFactorConfig",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/multi_factor/{CONFIG_ID}", {
        params: { path: { ACCOUNT_ID, CONFIG_ID: "d0d4cf7a79acbcb98834d05980edc55d" } },
      }),
    (d) => expect(d?.data?.id).toEqual("d0d4cf7a79acbcb98834d05980edc55d"),
  ),
  row(
    "replaceAccountMultiFactorConfig",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/multi_factor/{CONFIG_ID}", {
        params: { path: { ACCOUNT_ID, CONFIG_ID: "d0d4cf7a79acbcb98834d05980edc55d" } },
        body: {
          data: {
            name: "Office Duo",
            provider_name: "duo",
            enabled: true,
            settings: {
              integration_key: "EXAMPLE-ikey",
              secret_key: "EXAMPLE-skey",
              application_secret_key: "EXAMPLE-akey",
              api_hostname: "api-example.duosecurity.com",
              duo_expire: 300,
              app_expire: 3600,
            },
          },
        },
      }),
    (d) => expect(d?.data?.name).toEqual("Office Duo"),
  ),
  row(
    "updateAccountMultiFactorConfig",
    200,
    () =>
      kazoo().PATCH("/accounts/{ACCOUNT_ID}/multi_factor/{CONFIG_ID}", {
        params: { path: { ACCOUNT_ID, CONFIG_ID: "d0d4cf7a79acbcb98834d05980edc55d" } },
        body: { data: { enabled: false } },
      }),
    (d) => expect(d?.data?.enabled).toEqual(false),
  ),
  row(
    "deleteAccountMultiFactorConfig",
    200,
    () =>
      kazoo().DELETE("/accounts/{ACCOUNT_ID}/multi_factor/{CONFIG_ID}", {
        params: { path: { ACCOUNT_ID, CONFIG_ID: "d0d4cf7a79acbcb98834d05980edc55d" } },
      }),
    (d) => expect(d?.data?.id).toEqual("d0d4cf7a79acbcb98834d05980edc55d"),
  ),
  row(
    "listSystemMultiFactorProviders",
    200,
    () => kazoo().GET("/multi_factor", {}),
    (d) => expect(d?.data?.[0]?.id).toEqual("duo"),
  ),
  row(
    "createSystemMultiFactorConfig",
    201,
    () =>
      kazoo().PUT("/multi_factor", {
        body: {
          data: {
            name: "Office Duo",
            provider_name: "duo",
            enabled: true,
            settings: {
              integration_key: "EXAMPLE-ikey",
              secret_key: "EXAMPLE-skey",
              application_secret_key: "EXAMPLE-akey",
              api_hostname: "api-example.duosecurity.com",
              duo_expire: 300,
              app_expire: 3600,
            },
          },
        },
      }),
    (d) => expect(d?.data?.provider_name).toEqual("duo"),
  ),
  row(
    "getSystemMultiFactorConfig",
    200,
    () => kazoo().GET("/multi_factor/{CONFIG_ID}", { params: { path: { CONFIG_ID: "duo" } } }),
    (d) => expect(d?.data?.id).toEqual("cb15200bd6841d9112ba4f1288990476"),
  ),
  row(
    "replaceSystemMultiFactorConfig",
    200,
    () =>
      kazoo().POST("/multi_factor/{CONFIG_ID}", {
        params: { path: { CONFIG_ID: "duo" } },
        body: {
          data: {
            name: "Office Duo",
            provider_name: "duo",
            enabled: true,
            settings: {
              integration_key: "EXAMPLE-ikey",
              secret_key: "EXAMPLE-skey",
              application_secret_key: "EXAMPLE-akey",
              api_hostname: "api-example.duosecurity.com",
              duo_expire: 300,
              app_expire: 3600,
            },
          },
        },
      }),
    (d) => expect(d?.data?.name).toEqual("System Duo"),
  ),
  row(
    "updateSystemMultiFactorConfig",
    200,
    () => kazoo().PATCH("/multi_factor/{CONFIG_ID}", { params: { path: { CONFIG_ID: "duo" } }, body: { data: { enabled: false } } }),
    (d) => expect(d?.data?.enabled).toEqual(false),
  ),
]);
