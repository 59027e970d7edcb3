import { createTelphinClient, pageThrough } from "@callspec/telphin";
import { afterEach, describe, expect, it } from "vitest";
import { json, localServer } from "../support/local-server.js";

const call = (n: number) => ({
  call_uuid: n.toString(16).toUpperCase().padStart(32, "0"),
  flow: "in",
  result: "answered",
  init_time_gmt: "2021-01-01 00:00:00",
  duration: n,
  cdr: [],
});
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
});

async function historyServer(total: number) {
  const s = await localServer((req, res) => {
    const q = new URL(req.url, "http://x").searchParams;
    const page = Number(q.get("page"));
    const per = Number(q.get("per_page") ?? 100);
    const items = Array.from({ length: total }, (_, i) => call(i + 1)).slice((page - 1) * per, page * per);
    json(res, 200, { page, per_page: per, order: q.get("order") ?? "desc", call_history: items });
  });
  closers.push(s.close);
  return { ...s, client: createTelphinClient({ baseUrl: `${s.url}/api/ver1.0`, token: "EXAMPLE-token" }) };
}

describe("pageThrough", () => {
  it("walks every page and stops at the first short one", async () => {
    const s = await historyServer(5);
    const seen: number[] = [];
    for await (const c of pageThrough(s.client, { query: { per_page: 2, order: "asc", start_datetime: "2021-01-01 00:00:00" } }))
      seen.push(c.duration);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(s.requests.map((r) => new URL(r.url, "http://x").searchParams.get("page"))).toEqual(["1", "2", "3"]);
    expect(s.requests[0]!.url.startsWith("/api/ver1.0/client/@me/call_history/?")).toBe(true);
  });

  it("asks one more page when the last page is exactly full, and stops on the empty one", async () => {
    const s = await historyServer(4);
    const seen: number[] = [];
    for await (const c of pageThrough(s.client, { client_id: "37649", query: { per_page: 2 } })) seen.push(c.duration);
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(s.requests).toHaveLength(3);
    expect(s.requests[0]!.url).toContain("/client/37649/call_history/");
  });

  it("fetches lazily: breaking out after the first item makes one request", async () => {
    const s = await historyServer(10);
    for await (const _ of pageThrough(s.client, { query: { per_page: 3 } })) break;
    expect(s.requests).toHaveLength(1);
  });
});
