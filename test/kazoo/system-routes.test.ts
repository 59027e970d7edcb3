// The routes without an account in the path: system media, global resources (carriers) and whitelabel by domain.
import { expect } from "vitest";
import { kazoo, MEDIA_ID, rawBody } from "./client.js";
import { describeRows, row } from "./table.js";

const RESOURCE_ID = "96ab4e163f4ee03aaa4d1051aa51d204";
const DOMAIN = { params: { path: { WHITELABEL_DOMAIN: "portal.example.com" } } };

describeRows([
  row(
    "listSystemMedia",
    200,
    () => kazoo().GET("/media", {}),
    (d) => expect(d?.data?.[0]?.media_source).toBe("upload"),
  ),
  row(
    "createSystemMedia",
    201,
    () => kazoo().PUT("/media", { body: { data: { name: "System greeting", media_source: "upload" } } }),
    (d) => expect(d?.data?.id).toBe(MEDIA_ID),
  ),
  row(
    "getSystemMedia",
    200,
    () => kazoo().GET("/media/{MEDIA_ID}", { params: { path: { MEDIA_ID } } }),
    (d) => expect(d?.data?.content_type).toBe("audio/mpeg"),
  ),
  row(
    "updateSystemMedia",
    200,
    () =>
      kazoo().POST("/media/{MEDIA_ID}", { params: { path: { MEDIA_ID } }, body: { data: { name: "Greeting", media_source: "upload" } } }),
    (d) => expect(d?.data?.streamable).toBe(true),
  ),
  row(
    "deleteSystemMedia",
    200,
    () => kazoo().DELETE("/media/{MEDIA_ID}", { params: { path: { MEDIA_ID } } }),
    (d) => expect(d?.data?.id).toBe(MEDIA_ID),
  ),
  row(
    "downloadSystemMedia",
    200,
    () => kazoo().GET("/media/{MEDIA_ID}/raw", { params: { path: { MEDIA_ID } }, parseAs: "arrayBuffer" }),
    (d, r) => {
      expect(r.headers.get("content-type")).toMatch(/^audio\//);
      expect(d).toBeInstanceOf(ArrayBuffer);
    },
  ),
  row(
    "uploadSystemMedia",
    200,
    () => kazoo().POST("/media/{MEDIA_ID}/raw", { params: { path: { MEDIA_ID } }, ...rawBody("audio/mpeg") }),
    (d) => expect((d as { data?: { content_length?: number } } | undefined)?.data?.content_length).toBe(88244),
  ),
  row(
    "listSystemMediaLanguages",
    200,
    () => kazoo().GET("/media/languages", {}),
    (d) => expect(d?.data).toContain("en-us"),
  ),
  row(
    "listSystemMediaByLanguage",
    200,
    () => kazoo().GET("/media/languages/{LANGUAGE}", { params: { path: { LANGUAGE: "en-us" } } }),
    (d) => expect(d?.data).toEqual([MEDIA_ID]),
  ),
  row(
    "listSystemMediaPrompts",
    200,
    () => kazoo().GET("/media/prompts", {}),
    (d) => expect(d?.data?.[0]?.["vm-enter_pass"]).toEqual(["vm-enter_pass-en-us"]),
  ),
  row(
    "getSystemMediaPrompt",
    200,
    () => kazoo().GET("/media/prompts/{PROMPT_ID}", { params: { path: { PROMPT_ID: "vm-enter_pass" } } }),
    (d) => expect(d?.data).toHaveLength(2),
  ),
  row(
    "listGlobalResources",
    200,
    () => kazoo().GET("/resources", { params: { query: { page_size: 25 } } }),
    (d) => expect(d?.data?.[0]?.id).toBe(RESOURCE_ID),
  ),
  row(
    "createGlobalResource",
    201,
    () =>
      kazoo().PUT("/resources", {
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
    (d) => expect(d?.data?.id).toBe(RESOURCE_ID),
  ),
  row(
    "getGlobalResource",
    200,
    () => kazoo().GET("/resources/{RESOURCE_ID}", { params: { path: { RESOURCE_ID } } }),
    (d) => expect(d?.data?.id).toBe(RESOURCE_ID),
  ),
  row(
    "replaceGlobalResource",
    200,
    () =>
      kazoo().POST("/resources/{RESOURCE_ID}", {
        params: { path: { RESOURCE_ID } },
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
    (d) => expect(d?.data?.name).toBeTypeOf("string"),
  ),
  row(
    "updateGlobalResource",
    200,
    () => kazoo().PATCH("/resources/{RESOURCE_ID}", { params: { path: { RESOURCE_ID } }, body: { data: { enabled: false } } }),
    (d) => expect(d?.data?.id).toBe(RESOURCE_ID),
  ),
  row(
    "deleteGlobalResource",
    200,
    () => kazoo().DELETE("/resources/{RESOURCE_ID}", { params: { path: { RESOURCE_ID } } }),
    (d) => expect(d?.data?.id).toBe(RESOURCE_ID),
  ),
  row(
    "listGlobalResourceJobs",
    200,
    () => kazoo().GET("/resources/jobs", {}),
    (d) => expect(d?.data?.[0]?.successes).toBe(2),
  ),
  row(
    "createGlobalResourceJob",
    201,
    () => kazoo().PUT("/resources/jobs", { body: { data: { numbers: ["+14155550101"], resource_id: RESOURCE_ID } } }),
    (d) => expect(d?.data?.id).toBe("202401-394de70ecf6f8252"),
  ),
  row(
    "getGlobalResourceJob",
    200,
    () => kazoo().GET("/resources/jobs/{JOB_ID}", { params: { path: { JOB_ID: "202401-394de70ecf6f8252" } } }),
    (d) => expect(d?.data?.status).toBe("pending"),
  ),
  row(
    "createGlobalResources",
    201,
    () =>
      kazoo().PUT("/resources/collection", {
        body: { data: [{ name: "Carrier A", gateways: [{ server: "sip.carrier-a.example.net" }] }] },
      }),
    (d) => expect(d).toMatchObject({ data: { successes: { [RESOURCE_ID]: { name: "Carrier A" } } } }),
  ),
  row(
    "updateGlobalResources",
    200,
    () => kazoo().POST("/resources/collection", { body: { data: [{ id: RESOURCE_ID, enabled: false }] } }),
    (d) => expect(d).toMatchObject({ data: { successes: { [RESOURCE_ID]: { id: RESOURCE_ID } } } }),
  ),
  row(
    "getSystemWhitelabelDomains",
    200,
    () => kazoo().GET("/whitelabel/domains", { params: { query: { domain: "portal.example.com" } } }),
    (d) => expect(Object.keys(d?.data?.A ?? {})).toContain("us-east.portal.example.com"),
  ),
  row(
    "getSystemWhitelabelByDomain",
    200,
    () => kazoo().GET("/whitelabel/{WHITELABEL_DOMAIN}", DOMAIN),
    (d) => expect(d?.data?.company_name).toBe("Example Telecom"),
  ),
  row(
    "getSystemWhitelabelLogoByDomain",
    200,
    () => kazoo().GET("/whitelabel/{WHITELABEL_DOMAIN}/logo", { ...DOMAIN, parseAs: "arrayBuffer" }),
    (d, r) => {
      expect(r.headers.get("content-type")).toMatch(/^image\/png/);
      expect(d).toBeInstanceOf(ArrayBuffer);
    },
  ),
  row(
    "getSystemWhitelabelIconByDomain",
    200,
    () => kazoo().GET("/whitelabel/{WHITELABEL_DOMAIN}/icon", { ...DOMAIN, parseAs: "arrayBuffer" }),
    (_d, r) => expect(r.headers.get("content-type")).toMatch(/^image\/x-icon/),
  ),
  row(
    "getSystemWhitelabelWelcomeByDomain",
    200,
    () => kazoo().GET("/whitelabel/{WHITELABEL_DOMAIN}/welcome", { ...DOMAIN, parseAs: "arrayBuffer" }),
    (_d, r) => expect(r.headers.get("content-type")).toMatch(/^text\/html/),
  ),
]);
