// schemas, sup, system_status and migrations: the platform-operator modules.
import { KazooError, unwrap } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { caught, mockOf } from "../support/mocks.js";
import { ACCOUNT_ID, account, kazoo, operations } from "./client.js";

function recording() {
  const sent: string[] = [];
  const client = kazoo();
  client.use({ onRequest: ({ request }) => void sent.push(`${new URL(request.url).pathname}${new URL(request.url).search}`) });
  return { client, sent };
}
const migration = { path: { ACCOUNT_ID, MIGRATION_ID: "notify_to_teletype" } };

operations({
  listSchemas: async () => {
    const { client, sent } = recording();
    const names = await unwrap(client.GET("/schemas", { params: { query: { internals: true } } }));
    expect(sent[0]).toMatch(/\/schemas\?internals=true$/);
    expect(names).toContain("acls");
  },
  getSchema: async () =>
    expect((await unwrap(kazoo().GET("/schemas/{SCHEMA_NAME}", { params: { path: { SCHEMA_NAME: "acls" } } })))._id).toBe("acls"),
  validateAgainstSchema: async () => {
    const { data, response } = await kazoo().PUT("/schemas/{SCHEMA_NAME}/validation", {
      params: { path: { SCHEMA_NAME: "acls" } },
      body: { data: { cidr: "10.0.0.0/24", "network-list-name": "trusted", type: "allow" } },
    });
    expect(response.status).toBe(201);
    expect(data?.data.type).toBe("allow");
  },
  runSupStatus: async () => {
    const { client, sent } = recording();
    const out = await unwrap(client.GET("/sup/{MODULE}", { params: { path: { MODULE: "kazoo" } } }));
    expect(sent[0]).toMatch(/\/sup\/kazoo$/);
    expect(Array.isArray(out) && out[0]).toMatch(/^Node:/);
  },
  runSupFunction: async () =>
    expect(await unwrap(kazoo().GET("/sup/{MODULE}/{FUNCTION}", { params: { path: { MODULE: "crossbar", FUNCTION: "flush" } } }))).toEqual([
      "ok",
    ]),
  runSupFunctionWithArgs: async () => {
    const { client, sent } = recording();
    await unwrap(
      client.GET("/sup/{MODULE}/{FUNCTION}/{ARGS}", { params: { path: { MODULE: "kazoo", FUNCTION: "syslog_level", ARGS: "debug" } } }),
    );
    expect(sent[0]).toMatch(/\/sup\/kazoo\/syslog_level\/debug$/);
  },
  getSystemStatus: async () => {
    const status = await unwrap(kazoo().GET("/system_status", {}));
    const node = status.area1?.kazoo_apps?.["kazoo_apps@kz1.example.com"];
    expect(node?.used_memory).toBe("67.46MB");
    expect(node?.processes).toBe(1658);
  },
  listMigrations: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/migrations", { params: account }))).notify_to_teletype).toMatch(/Teletype/),
  getMigration: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/migrations/{MIGRATION_ID}", { params: migration }))).performed).toBe(false),
  performMigration: async () =>
    expect(
      (
        await unwrap(
          kazoo().POST("/accounts/{ACCOUNT_ID}/migrations/{MIGRATION_ID}", {
            params: migration,
            body: { data: { perform_migration: "now" } },
          }),
        )
      ).performed_on,
    ).toEqual([ACCOUNT_ID]),
});

describe("system tools: open routes and validation", () => {
  it("the schema GETs need no token, the validation PUT does", async () => {
    const base = mockOf("kazoo").url;
    expect((await fetch(`${base}/schemas`)).status).toBe(200);
    expect((await fetch(`${base}/schemas/acls`)).status).toBe(200);
    const put = await fetch(`${base}/schemas/acls/validation`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ data: {} }),
    });
    expect(put.status).toBe(401);
  });
  it("perform_migration other than now fails tsc and the mock", async () => {
    const error = await caught(() =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/migrations/{MIGRATION_ID}", {
        params: migration,
        // @ts-expect-error now is the only supported time.
        body: { data: { perform_migration: "tomorrow" } },
      }),
    );
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(400);
  });
  it("a sup module name with capitals or dots is refused by the mock", async () => {
    const error = await caught(() => kazoo().GET("/sup/{MODULE}", { params: { path: { MODULE: "Kazoo.Maintenance" } } }));
    expect((error as KazooError).status).toBe(400);
  });
});
