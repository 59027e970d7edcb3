import { readFileSync } from "node:fs";
import { createKazooClient, nextStartKey, pageThrough } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { json, localServer } from "../support/local-server.js";

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
  it("passes a current server's opaque key through and sends an older server's JSON key as its JSON text", () => {
    expect(nextStartKey("g2wAAAABbQAAAAFi")).toBe("g2wAAAABbQAAAAFi");
    expect(nextStartKey(63573276761)).toBe("63573276761");
    expect(nextStartKey(["4b31dd1d32ce6d249897c06332375d65", "voicemail"])).toBe('["4b31dd1d32ce6d249897c06332375d65","voicemail"]');
  });

  it("reads an empty key as the last page", () => {
    for (const key of [undefined, null, "", []]) expect(nextStartKey(key)).toBeUndefined();
  });
});
