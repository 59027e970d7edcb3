import { afterEach, describe, expect, it } from "vitest";
import { CallspecError, createJambonzClient, pageThrough } from "@callspec/jambonz";
import { json, localServer } from "../support/local-server.js";
import { jambonz } from "./client.js";
import { ACCOUNT_SID, APPLICATION_SID, SERVICE_PROVIDER_SID } from "./fixtures.js";

let server: Awaited<ReturnType<typeof localServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const collect = async <T>(items: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};

describe("pageThrough", () => {
  it("pages a list with page and page_size until total items came", async () => {
    const apps = Array.from({ length: 5 }, (_, i) => ({ application_sid: `${i}`, name: `app ${i}`, account_sid: ACCOUNT_SID }));
    server = await localServer((req, res) => {
      const url = new URL(req.url, "http://x");
      const page = Number(url.searchParams.get("page"));
      const size = Number(url.searchParams.get("page_size"));
      json(res, 200, { total: apps.length, page, page_size: size, data: apps.slice((page - 1) * size, page * size) });
    });
    const client = createJambonzClient({ baseUrl: `${server.url}/v1`, apiKey: "key", retry: false });
    const names = (
      await collect(pageThrough(client, "/Accounts/{AccountSid}/Applications", { path: { AccountSid: ACCOUNT_SID }, pageSize: 2 }))
    ).map((a) => a.name);
    expect(names).toEqual(["app 0", "app 1", "app 2", "app 3", "app 4"]);
    expect(server.requests.map((r) => r.url)).toEqual([
      `/v1/Accounts/${ACCOUNT_SID}/Applications?page=1&page_size=2`,
      `/v1/Accounts/${ACCOUNT_SID}/Applications?page=2&page_size=2`,
      `/v1/Accounts/${ACCOUNT_SID}/Applications?page=3&page_size=2`,
    ]);
    expect(server.requests[0]!.headers.authorization).toBe("Bearer key");
  });

  it("pages a history with page and count, reading the string page fields the server sends", async () => {
    server = await localServer((req, res) => {
      const page = new URL(req.url, "http://x").searchParams.get("page");
      json(res, 200, {
        total: 3,
        page_size: "2",
        page,
        data: page === "1" ? [{ alert_type: "a" }, { alert_type: "b" }] : [{ alert_type: "c" }],
      });
    });
    const client = createJambonzClient({ baseUrl: `${server.url}/v1`, apiKey: "key", retry: false });
    const alerts = await collect(
      pageThrough(client, "/ServiceProviders/{ServiceProviderSid}/Alerts", {
        path: { ServiceProviderSid: SERVICE_PROVIDER_SID },
        pageSize: 2,
        query: { days: 7 },
      }),
    );
    expect(alerts.map((a) => a.alert_type)).toEqual(["a", "b", "c"]);
    expect(server.requests.map((r) => r.url)).toEqual([
      `/v1/ServiceProviders/${SERVICE_PROVIDER_SID}/Alerts?days=7&page=1&count=2`,
      `/v1/ServiceProviders/${SERVICE_PROVIDER_SID}/Alerts?days=7&page=2&count=2`,
    ]);
  });

  it("stops at an empty page even when total says more", async () => {
    server = await localServer((req, res) =>
      json(res, 200, { total: 10, page: 2, page_size: 2, data: req.url.includes("page=1") ? [{ name: "only" }] : [] }),
    );
    const client = createJambonzClient({ baseUrl: `${server.url}/v1`, apiKey: "key", retry: false });
    expect(await collect(pageThrough(client, "/PhoneNumbers", { pageSize: 2 }))).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
  });

  it("refuses a bare array (a list asked for without page) and a bad page size", async () => {
    server = await localServer((_, res) => json(res, 200, [{ application_sid: APPLICATION_SID }]));
    const client = createJambonzClient({ baseUrl: `${server.url}/v1`, apiKey: "key", retry: false });
    await expect(collect(pageThrough(client, "/Applications", {}))).rejects.toThrow(
      new CallspecError("/Applications answered a page without a data list."),
    );
    expect(() => pageThrough(client, "/Applications", { pageSize: 0 })).toThrow("pageSize must be a positive integer, not 0.");
  });

  it("sends what the spec's mock accepts (page and count required on recent calls)", async () => {
    const calls = await collect(
      pageThrough(jambonz(), "/Accounts/{AccountSid}/RecentCalls", { path: { AccountSid: ACCOUNT_SID }, pageSize: 25 }),
    );
    expect(calls.length).toBeGreaterThan(0);
    expect(typeof calls[0]!.call_sid).toBe("string");
  });
});
