import { startMock, type RunningMock } from "@callspec/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ACCOUNT = "4b31dd1d32ce6d249897c06332375d65";

async function call(mock: RunningMock, method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const answer = await fetch(`${mock.url}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await answer.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: answer.status, body: json as Record<string, unknown>, text };
}

/** The `data` of a Kazoo envelope. */
const dataOf = (answer: { body: Record<string, unknown> }) => answer.body.data as Record<string, unknown>;

describe("kazoo, stateful", { timeout: 60_000 }, () => {
  let mock: RunningMock;
  let token: string;
  beforeAll(async () => {
    mock = await startMock("kazoo", { port: 0, stateful: true });
  }, 60_000);
  afterAll(() => mock?.close());
  const auth = () => ({ "X-Auth-Token": token });
  const devices = `/accounts/${ACCOUNT}/devices`;

  it("accepts only the tokens its user_auth issued", async () => {
    const login = await call(
      mock,
      "PUT",
      "/user_auth",
      {},
      { data: { credentials: "0123456789abcdef0123456789abcdef", account_name: "acme" } },
    );
    expect(login.status).toBe(201);
    token = String(login.body.auth_token);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect((await call(mock, "GET", devices, { "X-Auth-Token": "EXAMPLE-auth-token" })).status).toBe(401);
    const refused = await call(mock, "GET", devices, { "X-Auth-Token": "made-up" });
    expect(refused.body).toMatchObject({ error: "401", message: "invalid_credentials" });
    expect((await call(mock, "GET", devices, auth())).status).toBe(200);
  });

  it("PUT creates with a 32-hex id, GET reads it back, PATCH merges, POST replaces, DELETE answers the document", async () => {
    const created = await call(mock, "PUT", devices, auth(), { data: { name: "My brand new phone" } });
    expect(created.status).toBe(201);
    const id = String(dataOf(created).id);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    const read = await call(mock, "GET", `${devices}/${id}`, auth());
    expect(read.body.data).toMatchObject({ id, name: "My brand new phone" });

    const patched = await call(mock, "PATCH", `${devices}/${id}`, auth(), { data: { enabled: false } });
    expect(patched.body.data).toMatchObject({ id, name: "My brand new phone", enabled: false });

    const replaced = await call(mock, "POST", `${devices}/${id}`, auth(), { data: { name: "Lobby phone" } });
    expect(replaced.status).toBe(200);
    expect(replaced.body.data).toEqual({ id, name: "Lobby phone" });

    const deleted = await call(mock, "DELETE", `${devices}/${id}`, auth());
    expect(deleted.status).toBe(200);
    expect(deleted.body.data).toEqual({ id, name: "Lobby phone" });
    const gone = await call(mock, "GET", `${devices}/${id}`, auth());
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ error: "404", message: "bad_identifier", data: { message: "bad identifier" } });
  });

  it("a write is still validated against the request schema", async () => {
    const bad = await call(mock, "PUT", devices, auth(), { data: { name: 12 } });
    expect(bad.status).toBe(400);
    expect(bad.body.data).toEqual({ name: { type: { message: "Value did not match type(s): string" } } });
  });

  it("listings page with page_size and start_key", async () => {
    const ids: string[] = [];
    for (const name of ["A", "B", "C"]) ids.push(String(dataOf(await call(mock, "PUT", devices, auth(), { data: { name } })).id));
    const first = await call(mock, "GET", `${devices}?page_size=2`, auth());
    const page1 = first.body.data as unknown as { id: string; name: string }[];
    expect(page1).toHaveLength(2);
    expect(first.body.page_size).toBe(2);
    const next = String(first.body.next_start_key);
    const second = await call(mock, "GET", `${devices}?page_size=2&start_key=${next}`, auth());
    const page2 = second.body.data as unknown as { id: string }[];
    expect(page2[0]!.id).toBe(next);
    expect([...page1, ...page2].map((d) => d.id)).toEqual(expect.arrayContaining(ids));
    expect(second.body).not.toHaveProperty("next_start_key");
  });

  it("reset forgets every change and every token", async () => {
    const created = await call(mock, "PUT", devices, auth(), { data: { name: "Temp" } });
    const id = String(dataOf(created).id);
    await mock.reset();
    expect((await call(mock, "GET", `${devices}/${id}`, auth())).status).toBe(401);
    const login = await call(mock, "PUT", "/api_auth", {}, { data: { api_key: "a".repeat(64) } });
    token = String(login.body.auth_token);
    expect((await call(mock, "GET", `${devices}/${id}`, auth())).status).toBe(404);
    // The example document is back.
    expect((await call(mock, "GET", `${devices}/3c1b7a9e5d2f4c6a8b0e1d3f5a7c9e2b`, auth())).body.data).toMatchObject({
      name: "Reception desk phone",
    });
  });
});

describe("jambonz, stateful", { timeout: 60_000 }, () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock("jambonz", { port: 0, stateful: true });
  }, 60_000);
  afterAll(() => mock?.close());
  const auth = { Authorization: "Bearer test-key" };

  it("POST answers {sid}, GET by sid, PUT updates (204), DELETE answers 204, then 404", async () => {
    const created = await call(mock, "POST", "/Applications", auth, {
      name: "my app",
      account_sid: "9351f46a-678c-43f5-b8a6-d4eb58d131af",
      call_hook: { url: "https://example.com/call" },
      call_status_hook: { url: "https://example.com/status" },
    });
    expect(created.status).toBe(201);
    const sid = String(created.body.sid);
    expect(sid).toMatch(/^[0-9a-f-]{36}$/);
    expect((await call(mock, "GET", `/Applications/${sid}`, auth)).body).toMatchObject({ application_sid: sid, name: "my app" });
    expect((await call(mock, "PUT", `/Applications/${sid}`, auth, { name: "renamed" })).status).toBe(204);
    expect((await call(mock, "GET", `/Applications/${sid}`, auth)).body).toMatchObject({ application_sid: sid, name: "renamed" });
    const listed = (await call(mock, "GET", "/Applications", auth)).body as unknown as { application_sid: string }[];
    expect(listed.map((a) => a.application_sid)).toContain(sid);
    expect((await call(mock, "DELETE", `/Applications/${sid}`, auth)).status).toBe(204);
    const gone = await call(mock, "GET", `/Applications/${sid}`, auth);
    expect(gone.status).toBe(404);
  });
});

describe("telphin, stateful", { timeout: 60_000 }, () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock("telphin", { port: 0, stateful: true });
  }, 60_000);
  afterAll(() => mock?.close());

  it("/oauth/token issues the tokens the other routes accept; a collection ends in a slash, its items do not", async () => {
    const answer = await fetch(`${mock.origin}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials&client_id=EXAMPLE-client-id&client_secret=EXAMPLE-client-secret",
    });
    // Telphin answers a token with 201.
    expect(answer.status).toBe(201);
    const token = String(((await answer.json()) as { access_token: string }).access_token);
    const auth = { Authorization: `Bearer ${token}` };
    expect((await call(mock, "GET", "/client/@me/extension/", { Authorization: "Bearer EXAMPLE-token" })).body).toEqual({
      message: "Unauthorized",
    });
    const created = await call(mock, "POST", "/client/@me/extension/", auth, {
      name: "301",
      type: "phone",
      status: "active",
      label: "Ivanov",
    });
    expect(created.status).toBe(201);
    const id = created.body.id as unknown as number;
    expect(typeof id).toBe("number");
    expect((await call(mock, "GET", `/client/@me/extension/${id}`, auth)).body).toMatchObject({ id, name: "301", label: "Ivanov" });
    expect((await call(mock, "DELETE", `/client/@me/extension/${id}`, auth)).status).toBeLessThan(300);
    expect((await call(mock, "GET", `/client/@me/extension/${id}`, auth)).body).toEqual({ message: "Not found" });
  });
});
