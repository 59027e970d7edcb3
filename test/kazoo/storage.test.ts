import { KazooError, unwrap } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { ACCOUNT_ID, USER_ID, account, kazoo, operations } from "./client.js";

/** A client that records the URLs it sends. */
function spied() {
  const urls: URL[] = [];
  const client = kazoo();
  client.use({ onRequest: ({ request }) => void urls.push(new URL(request.url)) });
  return { client, last: () => urls[urls.length - 1] };
}

const KEY = "b3e5a7c9d1f24e6a8c0b2d4f6e8a0c1b";
const STORAGE_PLAN_ID = "7a9c3e5f1b2d4f6a8c0e2b4d6f8a0c1e";
const settings = {
  attachments: {
    [KEY]: {
      handler: "http" as const,
      name: "Voicemail archive",
      settings: { url: "https://archive.example.com/kazoo", verb: "post" as const },
    },
  },
  plan: { modb: { types: { mailbox_message: { attachments: { handler: KEY } } } } },
};
const user = { path: { ACCOUNT_ID, USER_ID } };
const accountPlan = { path: { ACCOUNT_ID, STORAGE_PLAN_ID } };
const systemPlan = { path: { STORAGE_PLAN_ID } };
const handlerOf = (doc: { attachments?: Record<string, { handler: string }> }) => doc.attachments?.[KEY]?.handler;

operations({
  getAccountStorage: async () => {
    const doc = await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/storage", { params: account }));
    expect(doc.id).toBe(ACCOUNT_ID);
    expect(doc.plan?.modb?.types?.mailbox_message?.attachments?.handler).toBe(KEY);
  },
  createAccountStorage: async () => {
    const { client, last } = spied();
    const { response, data } = await client.PUT("/accounts/{ACCOUNT_ID}/storage", {
      params: { ...account, query: { validate_settings: false } },
      body: { data: settings },
    });
    expect(response.status).toBe(201);
    expect(last()?.search).toBe("?validate_settings=false");
    expect(data && handlerOf(data.data)).toBe("http");
  },
  replaceAccountStorage: async () =>
    expect(handlerOf(await unwrap(kazoo().POST("/accounts/{ACCOUNT_ID}/storage", { params: account, body: { data: settings } })))).toBe(
      "http",
    ),
  updateAccountStorage: async () =>
    expect(
      (await unwrap(kazoo().PATCH("/accounts/{ACCOUNT_ID}/storage", { params: account, body: { data: { plan: settings.plan } } }))).id,
    ).toBe(ACCOUNT_ID),
  deleteAccountStorage: async () =>
    expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/storage", { params: account }))).id).toBe(ACCOUNT_ID),
  getUserStorage: async () => {
    const { client, last } = spied();
    const doc = await unwrap(client.GET("/accounts/{ACCOUNT_ID}/users/{USER_ID}/storage", { params: user }));
    expect(last()?.pathname).toBe(`/v2/accounts/${ACCOUNT_ID}/users/${USER_ID}/storage`);
    expect(doc.id).toBe(USER_ID);
  },
  createUserStorage: async () => {
    const { response } = await kazoo().PUT("/accounts/{ACCOUNT_ID}/users/{USER_ID}/storage", { params: user, body: { data: settings } });
    expect(response.status).toBe(201);
  },
  replaceUserStorage: async () =>
    expect(
      handlerOf(await unwrap(kazoo().POST("/accounts/{ACCOUNT_ID}/users/{USER_ID}/storage", { params: user, body: { data: settings } }))),
    ).toBe("http"),
  updateUserStorage: async () =>
    expect(
      (
        await unwrap(
          kazoo().PATCH("/accounts/{ACCOUNT_ID}/users/{USER_ID}/storage", { params: user, body: { data: { plan: settings.plan } } }),
        )
      ).id,
    ).toBe(USER_ID),
  deleteUserStorage: async () =>
    expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/users/{USER_ID}/storage", { params: user }))).id).toBe(USER_ID),
  getSystemStorage: async () => expect((await unwrap(kazoo().GET("/storage"))).id).toBe("system"),
  createSystemStorage: async () => expect((await kazoo().PUT("/storage", { body: { data: settings } })).response.status).toBe(201),
  replaceSystemStorage: async () => expect(handlerOf(await unwrap(kazoo().POST("/storage", { body: { data: settings } })))).toBe("http"),
  updateSystemStorage: async () =>
    expect((await unwrap(kazoo().PATCH("/storage", { body: { data: { plan: settings.plan } } }))).id).toBe("system"),
  deleteSystemStorage: async () => expect((await unwrap(kazoo().DELETE("/storage"))).id).toBe("system"),
  listResellerStoragePlans: async () => {
    const { client, last } = spied();
    const { data } = await client.GET("/accounts/{ACCOUNT_ID}/storage/plans", { params: { ...account, query: { page_size: 10 } } });
    expect(last()?.searchParams.get("page_size")).toBe("10");
    expect(data?.data[0]?.id).toBe(STORAGE_PLAN_ID);
  },
  createResellerStoragePlan: async () => {
    const { response, data } = await kazoo().PUT("/accounts/{ACCOUNT_ID}/storage/plans", { params: account, body: { data: settings } });
    expect(response.status).toBe(201);
    expect(data?.data.id).toBe(STORAGE_PLAN_ID);
  },
  getResellerStoragePlan: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/storage/plans/{STORAGE_PLAN_ID}", { params: accountPlan }))).id).toBe(
      STORAGE_PLAN_ID,
    ),
  replaceResellerStoragePlan: async () =>
    expect(
      handlerOf(
        await unwrap(
          kazoo().POST("/accounts/{ACCOUNT_ID}/storage/plans/{STORAGE_PLAN_ID}", { params: accountPlan, body: { data: settings } }),
        ),
      ),
    ).toBe("http"),
  updateResellerStoragePlan: async () =>
    expect(
      (
        await unwrap(
          kazoo().PATCH("/accounts/{ACCOUNT_ID}/storage/plans/{STORAGE_PLAN_ID}", {
            params: accountPlan,
            body: { data: { plan: settings.plan } },
          }),
        )
      ).id,
    ).toBe(STORAGE_PLAN_ID),
  deleteResellerStoragePlan: async () =>
    expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/storage/plans/{STORAGE_PLAN_ID}", { params: accountPlan }))).id).toBe(
      STORAGE_PLAN_ID,
    ),
  listSystemStoragePlans: async () => expect((await unwrap(kazoo().GET("/storage/plans")))[0]?.id).toBe(STORAGE_PLAN_ID),
  createSystemStoragePlan: async () =>
    expect((await kazoo().PUT("/storage/plans", { body: { data: settings } })).response.status).toBe(201),
  getSystemStoragePlan: async () => {
    const { client, last } = spied();
    await unwrap(client.GET("/storage/plans/{STORAGE_PLAN_ID}", { params: systemPlan }));
    expect(last()?.pathname).toBe(`/v2/storage/plans/${STORAGE_PLAN_ID}`);
  },
  replaceSystemStoragePlan: async () =>
    expect(
      handlerOf(await unwrap(kazoo().POST("/storage/plans/{STORAGE_PLAN_ID}", { params: systemPlan, body: { data: settings } }))),
    ).toBe("http"),
  updateSystemStoragePlan: async () =>
    expect(
      (await unwrap(kazoo().PATCH("/storage/plans/{STORAGE_PLAN_ID}", { params: systemPlan, body: { data: { plan: settings.plan } } }))).id,
    ).toBe(STORAGE_PLAN_ID),
  deleteSystemStoragePlan: async () =>
    expect((await unwrap(kazoo().DELETE("/storage/plans/{STORAGE_PLAN_ID}", { params: systemPlan }))).id).toBe(STORAGE_PLAN_ID),
});

describe("storage: bad requests", () => {
  it("an HTTP back-end without its url fails to compile and the mock refuses it with 400", async () => {
    const error = await caught(() =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/storage", {
        params: account,
        // @ts-expect-error the http handler's settings need a url
        body: { data: { attachments: { [KEY]: { handler: "http", settings: { verb: "post" } } } } },
      }),
    );
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(400);
  });

  it("an attachment key that is not 32 characters is refused with 400", async () => {
    const error = await caught(() =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/storage", {
        params: account,
        body: { data: { attachments: { archive: settings.attachments[KEY] } } },
      }),
    );
    expect((error as KazooError).status).toBe(400);
  });
});
