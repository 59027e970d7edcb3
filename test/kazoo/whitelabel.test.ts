// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

/** A few bytes standing in for an uploaded file (the mock checks the content type, not the bytes). */
const UPLOAD = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describeRows([
  row(
    "getWhitelabel",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/whitelabel", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.company_name).toEqual("Example Telecom"),
  ),
  row(
    "createWhitelabel",
    201,
    () =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/whitelabel", {
        params: { path: { ACCOUNT_ID } },
        body: {
          data: {
            company_name: "Example Telecom",
            domain: "portal.example.com",
            hide_powered: true,
            hide_credits: false,
            hide_registration: true,
            nav: { help: "https://help.example.com", learn_more: "https://www.example.com" },
            port: { support_email: "porting@example.com", authority: "4b31dd1d32ce6d249897c06332375d65" },
          },
        },
      }),
    (d) => expect(d?.data?.domain).toEqual("portal.example.com"),
  ),
  row(
    "replaceWhitelabel",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/whitelabel", {
        params: { path: { ACCOUNT_ID } },
        body: {
          data: {
            company_name: "Example Telecom",
            domain: "portal.example.com",
            hide_powered: true,
            hide_credits: false,
            hide_registration: true,
            nav: { help: "https://help.example.com", learn_more: "https://www.example.com" },
            port: { support_email: "porting@example.com", authority: "4b31dd1d32ce6d249897c06332375d65" },
          },
        },
      }),
    (d) => expect(d?.data?.hide_powered).toEqual(true),
  ),
  row(
    "deleteWhitelabel",
    200,
    () => kazoo().DELETE("/accounts/{ACCOUNT_ID}/whitelabel", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.id).toEqual("whitelabel"),
  ),
  row(
    "getWhitelabelDomains",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/whitelabel/domains", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.A?.["us-east.portal.example.com"]?.zone).toEqual("us-east"),
  ),
  row(
    "testWhitelabelDomains",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/whitelabel/domains", {
        params: { path: { ACCOUNT_ID } },
        body: { data: { domain: "portal.example.com" } },
      }),
    (d) => expect(d?.data?.CNAM?.["api.portal.example.com"]?.expected?.[0]).toEqual("api.kazoo.example.net"),
  ),
  row(
    "setSystemWhitelabelDomains",
    200,
    () =>
      kazoo().POST("/whitelabel/domains", {
        body: { data: { A: { "us-east.{{domain}}": { mapping: ["198.51.100.3"], name: "Primary Proxy", zone: "us-east" } } } },
      }),
    (d) => expect(d?.data?.A?.["us-east.portal.example.com"]?.mapping?.[0]).toEqual("198.51.100.3"),
  ),
  row(
    "getWhitelabelLogo",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/whitelabel/logo", { params: { path: { ACCOUNT_ID } }, parseAs: "arrayBuffer" }),
    (d, r) => {
      expect(r.headers.get("content-type")).toMatch(/^image\/png/);
      expect(d).toBeInstanceOf(ArrayBuffer);
    },
  ),
  row(
    "uploadWhitelabelLogo",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/whitelabel/logo", {
        params: { path: { ACCOUNT_ID } },
        body: UPLOAD as never,
        bodySerializer: (b: unknown) => b as BodyInit,
        headers: { "Content-Type": "image/png" },
      }),
    (d) => expect(d?.data?.id).toEqual("whitelabel"),
  ),
  row(
    "getWhitelabelIcon",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/whitelabel/icon", { params: { path: { ACCOUNT_ID } }, parseAs: "arrayBuffer" }),
    (d, r) => {
      expect(r.headers.get("content-type")).toMatch(/^image\/x-icon/);
      expect(d).toBeInstanceOf(ArrayBuffer);
    },
  ),
  row(
    "uploadWhitelabelIcon",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/whitelabel/icon", {
        params: { path: { ACCOUNT_ID } },
        body: UPLOAD as never,
        bodySerializer: (b: unknown) => b as BodyInit,
        headers: { "Content-Type": "image/x-icon" },
      }),
    (d) => expect(d?.data?.id).toEqual("whitelabel"),
  ),
  row(
    "getWhitelabelWelcome",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/whitelabel/welcome", { params: { path: { ACCOUNT_ID } }, parseAs: "arrayBuffer" }),
    (d, r) => {
      expect(r.headers.get("content-type")).toMatch(/^text\/html/);
      expect(d).toBeInstanceOf(ArrayBuffer);
    },
  ),
  row(
    "uploadWhitelabelWelcome",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/whitelabel/welcome", {
        params: { path: { ACCOUNT_ID } },
        body: UPLOAD as never,
        bodySerializer: (b: unknown) => b as BodyInit,
        headers: { "Content-Type": "text/html" },
      }),
    (d) => expect(d?.data?.id).toEqual("whitelabel"),
  ),
  row(
    "getWhitelabelByDomain",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/whitelabel/{WHITELABEL_DOMAIN}", {
        params: { path: { ACCOUNT_ID, WHITELABEL_DOMAIN: "portal.example.com" } },
      }),
    (d) => expect(d?.data?.company_name).toEqual("Example Telecom"),
  ),
  row(
    "getWhitelabelLogoByDomain",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/whitelabel/{WHITELABEL_DOMAIN}/logo", {
        params: { path: { ACCOUNT_ID, WHITELABEL_DOMAIN: "portal.example.com" } },
        parseAs: "arrayBuffer",
      }),
    (d, r) => {
      expect(r.headers.get("content-type")).toMatch(/^image\/png/);
      expect(d).toBeInstanceOf(ArrayBuffer);
    },
  ),
  row(
    "getWhitelabelIconByDomain",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/whitelabel/{WHITELABEL_DOMAIN}/icon", {
        params: { path: { ACCOUNT_ID, WHITELABEL_DOMAIN: "portal.example.com" } },
        parseAs: "arrayBuffer",
      }),
    (d, r) => {
      expect(r.headers.get("content-type")).toMatch(/^image\/x-icon/);
      expect(d).toBeInstanceOf(ArrayBuffer);
    },
  ),
  row(
    "getWhitelabelWelcomeByDomain",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/whitelabel/{WHITELABEL_DOMAIN}/welcome", {
        params: { path: { ACCOUNT_ID, WHITELABEL_DOMAIN: "portal.example.com" } },
        parseAs: "arrayBuffer",
      }),
    (d, r) => {
      expect(r.headers.get("content-type")).toMatch(/^text\/html/);
      expect(d).toBeInstanceOf(ArrayBuffer);
    },
  ),
]);
