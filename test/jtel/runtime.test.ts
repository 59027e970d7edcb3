import { pageThrough, createJtelClient, isJtelOperationRetryable, JtelEmptyResultError, JtelError, one } from "@callspec/jtel";
import { afterEach, describe, expect, it } from "vitest";
import { json, localServer, type Handler } from "../support/local-server.js";
import { caught, mockOf } from "../support/mocks.js";
import { CLIENTS_ID, TOKEN_1, jtel } from "./client.js";

let servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
async function server(handler: Handler) {
  const s = await localServer(handler);
  servers.push(s);
  return s;
}
const fast = { retry: { maxRetries: 2, initialDelayMs: 5, maxDelayMs: 10 } };
const local = (url: string) => createJtelClient({ baseUrl: url, clientsId: CLIENTS_ID, token: TOKEN_1, ...fast });

describe("the two kinds of 404", () => {
  it("an empty body: the endpoint does not exist", async () => {
    const s = await server((_, res) => {
      res.writeHead(404);
      res.end();
    });
    const error = (await caught(() => local(s.url).GET("/acd/events/types"))) as JtelError;
    expect(error).toBeInstanceOf(JtelError);
    expect(error.kind).toBe("unknown-endpoint");
    expect(error.vendorCode).toBeUndefined();
  });

  it("a JSON body: the object does not exist", async () => {
    const s = await server((_, res) => json(res, 404, { status: 404, error: "AcdEvent not found" }));
    const error = (await caught(() =>
      local(s.url).GET("/acd/events/event/{AcdEventsID}", { params: { path: { AcdEventsID: 5 } } }),
    )) as JtelError;
    expect([error.kind, error.vendorCode, error.vendorMessage]).toEqual(["object-not-found", 404, "AcdEvent not found"]);
  });

  it("409 on a duplicate is kind conflict", async () => {
    const s = await server((_, res) => json(res, 409, { status: 409, error: "Contact already exists" }));
    const error = (await caught(() =>
      local(s.url).POST("/dialler/contacts/import", {
        body: { Name: "Mustermann", DiallerCampaignsID: 538, PhoneNumber1: "+4989461495000" },
      }),
    )) as JtelError;
    expect([error.kind, error.status]).toEqual(["conflict", 409]);
  });
});

describe("envelope helpers", () => {
  it("one() throws JtelEmptyResultError on count 0", async () => {
    const s = await server((_, res) => json(res, 200, { records: [], count: 0, status: 200 }));
    const error = await caught(async () => one(await local(s.url).GET("/users/user/{UsersID}", { params: { path: { UsersID: 4 } } })));
    expect(error).toBeInstanceOf(JtelEmptyResultError);
    expect((error as Error).message).toBe(
      `${new URL(s.url).origin}/rest/v1.0/${CLIENTS_ID}/users/user/4 answered 200 with no record (count 0)`,
    );
    expect(one({ records: [{ ID: 4 }], count: 1 }).ID).toBe(4);
  });

  it("pageThrough() makes one request against v1.0 (limitPageSize -1)", async () => {
    const client = jtel();
    const names: (string | null | undefined)[] = [];
    for await (const group of pageThrough(() => client.GET("/acd/groups"))) names.push(group.Name);
    expect(names).toHaveLength(1);
    expect(client.sent).toHaveLength(1);
    expect(mockOf("jtel").operations.length).toBe(23);
  });

  it("pageThrough() follows limitStart when a server pages", async () => {
    const all = [1, 2, 3, 4, 5].map((ID) => ({ ID }));
    const s = await server((req, res) => {
      const start = Number(new URL(req.url, "http://x").searchParams.get("limitStart") ?? 0);
      json(res, 200, {
        filter: "",
        limitStart: start,
        limitPageSize: 2,
        records: all.slice(start, start + 2),
        count: 2,
        orderBy: "UID",
        ascending: true,
        status: 200,
      });
    });
    const client = local(s.url);
    const ids: number[] = [];
    for await (const user of pageThrough(({ limitStart }) => client.GET("/users", { params: { query: { limitStart } as never } })))
      ids.push(user.ID!);
    expect(ids).toEqual([1, 2, 3, 4, 5]);
    expect(s.requests.map((r) => r.url.split("?")[1])).toEqual(["limitStart=0", "limitStart=2", "limitStart=4"]);
  });
});

describe("retries are decided per operation", () => {
  const cases = [
    ["GET /users (read)", 3, (c: ReturnType<typeof local>) => c.GET("/users")],
    [
      "POST /dialler/contacts (batch read)",
      3,
      (c: ReturnType<typeof local>) => c.POST("/dialler/contacts", { body: { IDList: [215387] } }),
    ],
    [
      "GET /calls/{UFN}/hangup (a GET that acts)",
      1,
      (c: ReturnType<typeof local>) => c.GET("/calls/{UFN}/hangup", { params: { path: { UFN: "u1" } } }),
    ],
    [
      "GET /calls/{UFN}/answer (a GET that acts)",
      1,
      (c: ReturnType<typeof local>) => c.GET("/calls/{UFN}/answer", { params: { path: { UFN: "u1" } } }),
    ],
    [
      "POST /dialler/contacts/import",
      1,
      (c: ReturnType<typeof local>) =>
        c.POST("/dialler/contacts/import", { body: { Name: "A", DiallerCampaignsID: 1, PhoneNumber1: "+1" } }),
    ],
    [
      "PATCH setValue",
      1,
      (c: ReturnType<typeof local>) =>
        c.PATCH("/cockpitVariables/cockpitVariable/{CockpitVariablesID}/setValue/{value}", {
          params: { path: { CockpitVariablesID: 1, value: 1 } },
        }),
    ],
  ] as const;
  it.each(cases)("%s under 503: %i request(s)", async (_, attempts, call) => {
    const s = await server((_, res) => json(res, 503, { status: 503, error: "busy" }));
    const error = (await caught(() => call(local(s.url)))) as JtelError;
    expect([error.status, error.kind]).toEqual([503, "server-error"]);
    expect(s.requests).toHaveLength(attempts);
  });
});

describe("the retry decision covers every operation of the spec", () => {
  it("only the reads are retryable", () => {
    const decided = Object.fromEntries(mockOf("jtel").operations.map((op) => [op.operationId, isJtelOperationRetryable(op)]));
    const acting = ["answerCall", "hangupCall", "holdCall", "importDiallerContact", "createAcdEvent", "setCockpitVariableValue"];
    for (const [operationId, retryable] of Object.entries(decided))
      expect([operationId, retryable]).toEqual([operationId, !acting.includes(operationId)]);
    expect(Object.keys(decided)).toHaveLength(23);
  });
});
