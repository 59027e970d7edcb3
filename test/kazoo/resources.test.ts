// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "listResources",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/resources", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.id).toEqual("96ab4e163f4ee03aaa4d1051aa51d204"),
  ),
  row(
    "createResource",
    201,
    () =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/resources", {
        params: { path: { ACCOUNT_ID } },
        body: {
          data: {
            name: "Carrier A",
            enabled: true,
            weight_cost: 50,
            flags: [],
            rules: ["^\\+?1?([2-9][0-9]{2}[2-9][0-9]{6})$"],
            gateways: [
              {
                server: "sip.carrier-a.example.net",
                realm: "sip.carrier-a.example.net",
                enabled: true,
                prefix: "+1",
                codecs: ["PCMU", "PCMA"],
              },
            ],
          },
        },
      }),
    (d) => expect(d?.data?.id).toEqual("96ab4e163f4ee03aaa4d1051aa51d204"),
  ),
  row(
    "getResource",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/resources/{RESOURCE_ID}", {
        params: { path: { ACCOUNT_ID, RESOURCE_ID: "96ab4e163f4ee03aaa4d1051aa51d204" } },
      }),
    (d) => expect(d?.data?.id).toEqual("96ab4e163f4ee03aaa4d1051aa51d204"),
  ),
  row(
    "replaceResource",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/resources/{RESOURCE_ID}", {
        params: { path: { ACCOUNT_ID, RESOURCE_ID: "96ab4e163f4ee03aaa4d1051aa51d204" } },
        body: {
          data: {
            name: "Carrier A",
            enabled: true,
            weight_cost: 50,
            flags: [],
            rules: ["^\\+?1?([2-9][0-9]{2}[2-9][0-9]{6})$"],
            gateways: [
              {
                server: "sip.carrier-a.example.net",
                realm: "sip.carrier-a.example.net",
                enabled: true,
                prefix: "+1",
                codecs: ["PCMU", "PCMA"],
              },
            ],
          },
        },
      }),
    (d) => expect(d?.data?.id).toEqual("96ab4e163f4ee03aaa4d1051aa51d204"),
  ),
  row(
    "updateResource",
    200,
    () =>
      kazoo().PATCH("/accounts/{ACCOUNT_ID}/resources/{RESOURCE_ID}", {
        params: { path: { ACCOUNT_ID, RESOURCE_ID: "96ab4e163f4ee03aaa4d1051aa51d204" } },
        body: { data: { name: "Carrier A" } },
      }),
    (d) => expect(d?.data?.id).toEqual("96ab4e163f4ee03aaa4d1051aa51d204"),
  ),
  row(
    "deleteResource",
    200,
    () =>
      kazoo().DELETE("/accounts/{ACCOUNT_ID}/resources/{RESOURCE_ID}", {
        params: { path: { ACCOUNT_ID, RESOURCE_ID: "96ab4e163f4ee03aaa4d1051aa51d204" } },
      }),
    (d) => expect(d?.data?.id).toEqual("96ab4e163f4ee03aaa4d1051aa51d204"),
  ),
  row(
    "listResourceJobs",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/resources/jobs", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.successes).toEqual(2),
  ),
  row(
    "createResourceJob",
    201,
    () =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/resources/jobs", {
        params: { path: { ACCOUNT_ID } },
        body: { data: { numbers: ["+14155550101", "+14155550102"], resource_id: "96ab4e163f4ee03aaa4d1051aa51d204" } },
      }),
    (d) => expect(d?.data?.id).toEqual("202401-394de70ecf6f8252"),
  ),
  row(
    "getResourceJob",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/resources/jobs/{JOB_ID}", {
        params: { path: { ACCOUNT_ID, JOB_ID: "202401-394de70ecf6f8252" } },
      }),
    (d) => expect(d?.data?.status).toEqual("pending"),
  ),
  row(
    "createResources",
    201,
    () =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/resources/collection", {
        params: { path: { ACCOUNT_ID } },
        body: { data: [{ name: "Carrier A", gateways: [{ server: "sip.carrier-a.example.net" }] }] },
      }),
    (d) => expect(d).toMatchObject({ data: { successes: { "96ab4e163f4ee03aaa4d1051aa51d204": { name: "Carrier A" } } } }),
  ),
  row(
    "updateResources",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/resources/collection", {
        params: { path: { ACCOUNT_ID } },
        body: { data: [{ id: "96ab4e163f4ee03aaa4d1051aa51d204", enabled: false }] },
      }),
    (d) =>
      expect(d).toMatchObject({ data: { successes: { "96ab4e163f4ee03aaa4d1051aa51d204": { id: "96ab4e163f4ee03aaa4d1051aa51d204" } } } }),
  ),
]);
