import { readFileSync } from "node:fs";
import { unwrap } from "@callspec/kazoo";
import { describe, expect, expectTypeOf, it } from "vitest";
import { account, kazoo } from "./client.js";

const spec = JSON.parse(readFileSync(new URL("../../packages/specs/kazoo.openapi.json", import.meta.url), "utf8")) as {
  paths: Record<string, { put?: { responses: Record<string, { content?: Record<string, { schema: unknown }> }> } }>;
};

describe("created documents carry their id", () => {
  it("PUT /users answers a user whose id is typed as always there", async () => {
    const created = await unwrap(
      kazoo().PUT("/accounts/{ACCOUNT_ID}/users", { params: account, body: { data: { first_name: "Ada", last_name: "Lovelace" } } }),
    );
    expectTypeOf(created.id).toEqualTypeOf<string>();
    expect(created.id).toMatch(/^[0-9a-f]{32}$/);
  });

  it("a device and a callflow too", async () => {
    const client = kazoo();
    const device = await unwrap(client.PUT("/accounts/{ACCOUNT_ID}/devices", { params: account, body: { data: { name: "Desk phone" } } }));
    const callflow = await unwrap(
      client.PUT("/accounts/{ACCOUNT_ID}/callflows", {
        params: account,
        body: { data: { numbers: ["1000"], flow: { module: "user", data: {} } } },
      }),
    );
    const ids: string[] = [device.id, callflow.id];
    expect(ids.every((id) => /^[0-9a-f]{32}$/.test(id))).toBe(true);
  });

  it("the spec requires id in the 201 answer of every collection create that saves a document (29)", () => {
    const creates = Object.entries(spec.paths).filter(([, item]) =>
      JSON.stringify(item.put?.responses["201"] ?? {}).includes("#/components/schemas/Created"),
    );
    expect(creates.map(([path]) => path)).toContain("/accounts/{ACCOUNT_ID}/users");
    expect(creates).toHaveLength(29);
  });
});
