import { KazooError, unwrap } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { caught, mockOf } from "../support/mocks.js";
import { ACCOUNT_ID, USER_ID, account, kazoo, operations } from "./client.js";

/** A client that records the URLs it sends. */
function spied() {
  const urls: URL[] = [];
  const client = kazoo();
  client.use({ onRequest: ({ request }) => void urls.push(new URL(request.url)) });
  return { client, last: () => urls[urls.length - 1] };
}

const APP_ID = "d5c75363d3d188f08dfcf5f5b80f645f";
const app = { path: { ACCOUNT_ID, APP_ID } };

operations({
  listAppsStoreApps: async () => {
    const apps = await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/apps_store", { params: account }));
    expect(apps[0]?.i18n?.["en-US"]?.label).toBe("Number Manager");
    expect(apps[0]?.allowed_users).toBe("specific");
  },
  getAppsStoreBlacklist: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/apps_store/blacklist", { params: account }))).blacklist).toEqual([APP_ID]),
  updateAppsStoreBlacklist: async () => {
    const { client, last } = spied();
    const stored = await unwrap(
      client.POST("/accounts/{ACCOUNT_ID}/apps_store/blacklist", {
        params: account,
        body: { data: { blacklist: [APP_ID, "0a1b2c3d4e5f60718293a4b5c6d7e8f9"] } },
      }),
    );
    expect(last()?.pathname).toBe(`/v2/accounts/${ACCOUNT_ID}/apps_store/blacklist`);
    expect(stored.blacklist).toHaveLength(2);
  },
  getAppsStoreApp: async () => {
    const found = await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/apps_store/{APP_ID}", { params: app }));
    expect(found.screenshots?.[0]).toBe("numbermanager1.png");
    expect(found.price).toBe(0);
  },
  installAppsStoreApp: async () => {
    const { data, response } = await kazoo().PUT("/accounts/{ACCOUNT_ID}/apps_store/{APP_ID}", {
      params: app,
      body: { data: { allowed_users: "specific", users: [{ id: USER_ID }] } },
    });
    expect(response.status).toBe(201);
    expect(data?.data.name).toBe("numbers");
  },
  updateAppsStoreApp: async () =>
    expect(
      (await unwrap(kazoo().POST("/accounts/{ACCOUNT_ID}/apps_store/{APP_ID}", { params: app, body: { data: { allowed_users: "all" } } })))
        .allowed_users,
    ).toBe("all"),
  uninstallAppsStoreApp: async () =>
    expect(await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/apps_store/{APP_ID}", { params: app }))).toEqual({}),
  getAppsStoreAppIcon: async () => {
    const { data, response } = await kazoo().GET("/accounts/{ACCOUNT_ID}/apps_store/{APP_ID}/icon", {
      params: app,
      parseAs: "arrayBuffer",
    });
    expect(response.headers.get("content-type")).toMatch(/^image\//);
    expect(data).toBeInstanceOf(ArrayBuffer);
  },
  getAppsStoreAppScreenshot: async () => {
    const { client, last } = spied();
    const { data } = await client.GET("/accounts/{ACCOUNT_ID}/apps_store/{APP_ID}/screenshot/{APP_SCREENSHOT_INDEX}", {
      params: { path: { ACCOUNT_ID, APP_ID, APP_SCREENSHOT_INDEX: 1 } },
      parseAs: "arrayBuffer",
    });
    expect(last()?.pathname).toBe(`/v2/accounts/${ACCOUNT_ID}/apps_store/${APP_ID}/screenshot/1`);
    expect(data).toBeInstanceOf(ArrayBuffer);
  },
});

describe("apps_store: open and bad requests", () => {
  it("the icon needs no token, unlike the app's document", async () => {
    const base = `${mockOf("kazoo").url}/accounts/${ACCOUNT_ID}/apps_store/${APP_ID}`;
    expect((await fetch(`${base}/icon`)).status).toBe(200);
    expect((await fetch(base)).status).toBe(401);
  });

  it("an unknown allowed_users value fails to compile and the mock refuses it with 400", async () => {
    const error = await caught(() =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/apps_store/{APP_ID}", {
        params: app,
        // @ts-expect-error allowed_users is one of specific, all, admins
        body: { data: { allowed_users: "everyone" } },
      }),
    );
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(400);
  });
});
