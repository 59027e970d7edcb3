import { readFileSync } from "node:fs";
import { createKazooClient, KazooEnvelopeError, nextStartKey, pageThrough } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { json, localServer } from "../support/local-server.js";
import { caught } from "../support/mocks.js";
import { ACCOUNT_ID, kazoo } from "./client.js";

type Operation = {
  operationId: string;
  parameters?: { $ref?: string; name?: string }[];
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
};
const spec = JSON.parse(readFileSync(new URL("../../packages/specs/kazoo.openapi.json", import.meta.url), "utf8")) as {
  paths: Record<string, Record<string, Operation>>;
};

/** Every GET the spec pages: its 200 answer is the list envelope (found from the spec, not from a list of paths). */
const PAGED = Object.entries(spec.paths).flatMap(([path, item]) => {
  const op = item.get;
  const schema = JSON.stringify(op?.responses["200"]?.content?.["application/json"]?.schema ?? {});
  return op && schema.includes("#/components/schemas/ListEnvelope") ? [{ path, op }] : [];
});

describe("pageThrough covers the spec's paged listings", () => {
  it("finds the paged listings from the spec and each takes start_key", () => {
    expect(PAGED.length).toBeGreaterThan(60);
    for (const { path, op } of PAGED) {
      const names = (op.parameters ?? []).map((p) => p.name ?? p.$ref?.split("/").pop());
      expect(names, `${path} takes start_key`).toContain("StartKey");
    }
  });

  it("pages through every one of them against a server that answers two pages", async () => {
    const s = await localServer((req, res) => {
      const key = new URL(req.url, "http://x").searchParams.get("start_key");
      json(
        res,
        200,
        key
          ? { data: [{ n: 2 }], page_size: 1, status: "success" }
          : { data: [{ n: 1 }], next_start_key: "g2wAAAABbQAAAAFi", status: "success" },
      );
    });
    try {
      const client = createKazooClient({ baseUrl: `${s.url}/v2`, auth: { token: "EXAMPLE-token" }, retry: false });
      for (const { path } of PAGED) {
        const params = Object.fromEntries(
          [...path.matchAll(/\{([^}]+)\}/g)].map((m) => [
            m[1],
            m[1] === "PHONE_NUMBER" ? "+14155550100" : "4b31dd1d32ce6d249897c06332375d65",
          ]),
        );
        const seen: unknown[] = [];
        for await (const row of pageThrough((start_key) =>
          (client.GET as (p: string, o: unknown) => Promise<{ data?: { data?: unknown[]; next_start_key?: unknown } }>)(path, {
            params: { path: params, query: { start_key } },
          }),
        ))
          seen.push(row);
        expect(seen, path).toEqual([{ n: 1 }, { n: 2 }]);
      }
      expect(s.requests).toHaveLength(2 * PAGED.length);
    } finally {
      await s.close();
    }
  });
});

describe("nextStartKey", () => {
  it("passes Crossbar's opaque key back unchanged", () => {
    expect(nextStartKey("g2wAAAABbQAAAAFi")).toBe("g2wAAAABbQAAAAFi");
    expect(nextStartKey("+14155558921")).toBe("+14155558921");
  });

  it("reads an empty key as the last page", () => {
    for (const key of [undefined, null, "", []]) expect(nextStartKey(key)).toBeUndefined();
  });

  it("refuses a raw view key with a typed error: the server would read its JSON text as a string key", () => {
    expect(() => nextStartKey(63573276761)).toThrow(KazooEnvelopeError);
    expect(() => nextStartKey(["4b31dd1d32ce6d249897c06332375d65", "voicemail"])).toThrow("next_start_key is not a string");
    expect(() => nextStartKey({ key: 1 })).toThrow(KazooEnvelopeError);
  });
});

describe("pageThrough and the paging keys", () => {
  it("sends a key that is not Base64 (a raw key such as a phone number) back as the same text, percent-encoded", async () => {
    const s = await localServer((req, res) => {
      const key = new URL(req.url, "http://x").searchParams.get("start_key");
      json(
        res,
        200,
        key ? { data: [{ key }], status: "success" } : { data: [{ key: null }], next_start_key: "+14155558921", status: "success" },
      );
    });
    try {
      const client = createKazooClient({ baseUrl: `${s.url}/v2`, auth: { token: "EXAMPLE-token" }, retry: false });
      const rows: unknown[] = [];
      for await (const row of pageThrough((start_key) =>
        client.GET("/accounts/{ACCOUNT_ID}/devices", { params: { path: { ACCOUNT_ID }, query: { start_key } } }),
      ))
        rows.push(row);
      expect(rows).toEqual([{ key: null }, { key: "+14155558921" }]);
      expect(s.requests[1]?.url).toContain("start_key=%2B14155558921");
    } finally {
      await s.close();
    }
  });

  it("stops with KazooEnvelopeError on a page whose next_start_key is a raw view key", async () => {
    const s = await localServer((_req, res) => json(res, 200, { data: [{ n: 1 }], next_start_key: [63573276761, "x"], status: "success" }));
    try {
      const client = createKazooClient({ baseUrl: `${s.url}/v2`, auth: { token: "EXAMPLE-token" }, retry: false });
      const rows: unknown[] = [];
      const error = await caught(async () => {
        for await (const row of pageThrough((start_key) =>
          client.GET("/accounts/{ACCOUNT_ID}/devices", { params: { path: { ACCOUNT_ID }, query: { start_key } } }),
        ))
          rows.push(row);
      });
      expect(error).toBeInstanceOf(KazooEnvelopeError);
      expect(s.requests).toHaveLength(1);
    } finally {
      await s.close();
    }
  });

  it("types the envelope's keys as strings, and the mock takes one back as start_key", async () => {
    const { data, response } = await kazoo().GET("/system_configs", { params: { query: { start_key: "g2wAAAABbQAAAAhjYWxsZmxvd2o" } } });
    expect(response.status).toBe(200);
    const next: string | undefined = data?.next_start_key;
    expect(next).toBe("g20AAAAIY2FsbGZsb3c");
  });
});
