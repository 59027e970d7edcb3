// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "listResourceSelectors",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/resource_selectors", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.id).toEqual("5b3c32009797feb79096d52e56a56b82"),
  ),
  row(
    "listSelectorNames",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/resource_selectors/name", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[1]?.lcr).toEqual(36039),
  ),
  row(
    "listSelectorNameResources",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/resource_selectors/name/{SELECTOR_NAME}", {
        params: { path: { ACCOUNT_ID, SELECTOR_NAME: "lcr" } },
      }),
    (d) => expect(d?.data?.[1]?.["RES-3"]).toEqual(8),
  ),
  row(
    "listSelectorsByNameAndResource",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/resource_selectors/name/{SELECTOR_NAME}/resource/{RESOURCE_ID}", {
        params: { path: { ACCOUNT_ID, SELECTOR_NAME: "lcr", RESOURCE_ID: "RES-4" } },
      }),
    (d) => expect(d?.data?.[1]).toEqual("1415"),
  ),
  row(
    "listSelectorResources",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/resource_selectors/resource", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.["RES-4"]).toEqual(36040),
  ),
  row(
    "listSelectorResourceNames",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/resource_selectors/resource/{RESOURCE_ID}", {
        params: { path: { ACCOUNT_ID, RESOURCE_ID: "RES-4" } },
      }),
    (d) => expect(d?.data?.[0]?.lcr2).toEqual(1),
  ),
  row(
    "listSelectorsByResourceAndName",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/resource_selectors/resource/{RESOURCE_ID}/name/{SELECTOR_NAME}", {
        params: { path: { ACCOUNT_ID, RESOURCE_ID: "RES-4", SELECTOR_NAME: "lcr" } },
      }),
    (d) => expect(d?.data?.[1]).toEqual("1650"),
  ),
  row(
    "getAccountSelectorRules",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/resource_selectors/rules", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.rules?.[1]?.filter_list?.action).toEqual("keep"),
  ),
  row(
    "setAccountSelectorRules",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/resource_selectors/rules", {
        params: { path: { ACCOUNT_ID } },
        body: {
          data: {
            rules: [
              { get_resources: {} },
              { filter_list: { value_a: "request:Flags", value_b: "resource:flags", action: "keep" } },
              { order: { value: "resource:weight_cost", direction: "ascend" } },
            ],
          },
        },
      }),
    (d) => expect(d?.data?.id).toEqual("resource_selector_rules"),
  ),
  row(
    "getSystemSelectorRules",
    200,
    () => kazoo().GET("/resource_selectors/rules", {}),
    (d) => expect(d?.data?.rules?.[1]?.filter_list?.action).toEqual("keep"),
  ),
  row(
    "setSystemSelectorRules",
    200,
    () =>
      kazoo().POST("/resource_selectors/rules", {
        body: {
          data: {
            rules: [
              { get_resources: {} },
              { filter_list: { value_a: "request:Flags", value_b: "resource:flags", action: "keep" } },
              { order: { value: "resource:weight_cost", direction: "ascend" } },
            ],
          },
        },
      }),
    (d) => expect(d?.data?.id).toEqual("resource_selector_rules"),
  ),
  row(
    "getResourceSelector",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/resource_selectors/{UUID}", {
        params: { path: { ACCOUNT_ID, UUID: "5b3c32009797feb79096d52e56a56b82" } },
      }),
    (d) => expect(d?.data?.selector).toEqual("1415"),
  ),
  row(
    "saveResourceSelector",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/resource_selectors/{UUID}", {
        params: { path: { ACCOUNT_ID, UUID: "5b3c32009797feb79096d52e56a56b82" } },
        body: { data: { name: "lcr", selector: "1415", resource: "RES-4", value: "0.37" } },
      }),
    (d) => expect(d?.data?.resource).toEqual("RES-4"),
  ),
  row(
    "deleteResourceSelector",
    200,
    () =>
      kazoo().DELETE("/accounts/{ACCOUNT_ID}/resource_selectors/{UUID}", {
        params: { path: { ACCOUNT_ID, UUID: "5b3c32009797feb79096d52e56a56b82" } },
      }),
    (d) => expect(d?.data?.id).toEqual("5b3c32009797feb79096d52e56a56b82"),
  ),
]);
