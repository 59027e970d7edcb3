import { createJtelClient, JtelError, type JtelTokenSlot } from "@callspec/jtel";
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { json, localServer, type Recorded } from "../support/local-server.js";
import { caught } from "../support/mocks.js";

// The portal's two token slots, played by a local server that accepts only the tokens in `valid`.
const T1 = "42b43a3a-EXAMPLE-token-one";
const T2 = "1acb2203-EXAMPLE-token-two";
const tokenOf = (req: Recorded) => req.headers.authorization?.replace(/^Bearer /, "");

let servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function portal(valid: Set<string>) {
  const s = await localServer((req, res) =>
    valid.has(tokenOf(req) ?? "")
      ? json(res, 200, { records: [], count: 0, status: 200 })
      : json(res, 401, { status: 401, error: "Unauthorized" }),
  );
  servers.push(s);
  return s;
}

function client(url: string, token: string | [string, string], switches: JtelTokenSlot[] = []) {
  return createJtelClient({ baseUrl: url, clientsId: 1001, token, retry: false, onTokenSwitch: (slot) => void switches.push(slot) });
}

describe("token rotation", () => {
  it("token 1 refused: the request is repeated once with token 2, which then stays in use", async () => {
    const s = await portal(new Set([T2]));
    const switches: JtelTokenSlot[] = [];
    const jtel = client(s.url, [T1, T2], switches);
    expect(jtel.tokenInUse).toBe(1);
    const { response } = await jtel.GET("/users");
    expect(response.status).toBe(200);
    expect(s.requests.map(tokenOf)).toEqual([T1, T2]);
    expect(jtel.tokenInUse).toBe(2);
    expect(switches).toEqual([2]);
    await jtel.GET("/acd/groups");
    expect(s.requests.map(tokenOf)).toEqual([T1, T2, T2]);
  });

  it("token 2 renewed in the portal later: the client goes back to token 1", async () => {
    const valid = new Set([T2]);
    const s = await portal(valid);
    const jtel = client(s.url, [T1, T2]);
    await jtel.GET("/users");
    valid.clear();
    valid.add(T1);
    await jtel.GET("/users");
    expect(jtel.tokenInUse).toBe(1);
    expect(s.requests.map(tokenOf)).toEqual([T1, T2, T2, T1]);
  });

  it("both refused: the 401 surfaces after two requests, no loop, no token in the error", async () => {
    const s = await portal(new Set());
    const error = (await caught(() => client(s.url, [T1, T2]).GET("/users"))) as JtelError;
    expect(error).toBeInstanceOf(JtelError);
    expect(error.kind).toBe("unauthorized");
    expect(s.requests).toHaveLength(2);
    const views = [String(error), error.stack, JSON.stringify(error), inspect(error, { depth: 8 })].join("\n");
    for (const token of [T1, T2]) expect(views).not.toContain(token);
  });

  it("a single token refused: one request, the 401 surfaces", async () => {
    const s = await portal(new Set([T2]));
    const error = (await caught(() => client(s.url, T1).GET("/users"))) as JtelError;
    expect(error.status).toBe(401);
    expect(s.requests).toHaveLength(1);
  });

  it("20 parallel calls refused at once: one switch, every call completes, none sent more than twice", async () => {
    const s = await portal(new Set([T2]));
    const switches: JtelTokenSlot[] = [];
    const jtel = client(s.url, [T1, T2], switches);
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => jtel.GET("/users")));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(20);
    expect(switches).toEqual([2]);
    expect(s.requests.filter((r) => tokenOf(r) === T2)).toHaveLength(20);
    expect(s.requests.length).toBeLessThanOrEqual(40);
  });

  it("a POST refused with token 1 is repeated with token 2 and the same body, though POSTs are never retried", async () => {
    const s = await portal(new Set([T2]));
    const body = { AcdEventTypesID: 3, AcdGroupsID: 12, Sender: "+4989461495000", Subject: "Callback requested" };
    await client(s.url, [T1, T2]).POST("/acd/events/create", { body });
    expect(s.requests.map((r) => [tokenOf(r), JSON.parse(r.body)])).toEqual([
      [T1, body],
      [T2, body],
    ]);
  });
});
