import { KazooError, unwrap } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { kazoo, operations } from "./client.js";

/** A client that records the URLs it sends. */
function spied() {
  const urls: URL[] = [];
  const client = kazoo();
  client.use({ onRequest: ({ request }) => void urls.push(new URL(request.url)) });
  return { client, last: () => urls[urls.length - 1] };
}

const NODE = "kazoo_apps@kz1.example.net";
const category = { path: { SYSTEM_CONFIG_ID: "sysconf" } };
const section = { path: { SYSTEM_CONFIG_ID: "sysconf", NODE } };
const document = {
  default: { acl_request_timeout_fudge_ms: 100, acl_request_timeout_ms: 2000 },
  [NODE]: { acl_request_timeout_fudge_ms: 101 },
};

operations({
  listSystemConfigs: async () => {
    const { client, last } = spied();
    const { data } = await client.GET("/system_configs", { params: { query: { page_size: 3 } } });
    expect(last()?.search).toBe("?page_size=3");
    expect(data?.data).toContain("crossbar.auth");
    expect(data?.next_start_key).toBe("g20AAAAIY2FsbGZsb3c");
  },
  getSystemConfig: async () => {
    const { client, last } = spied();
    const config = await unwrap(
      client.GET("/system_configs/{SYSTEM_CONFIG_ID}", { params: { ...category, query: { with_defaults: true } } }),
    );
    expect(last()?.pathname).toBe("/v2/system_configs/sysconf");
    expect(last()?.searchParams.get("with_defaults")).toBe("true");
    expect(config.default?.acl_request_timeout_ms).toBe(2000);
  },
  createSystemConfig: async () => {
    const { data, response } = await kazoo().PUT("/system_configs/{SYSTEM_CONFIG_ID}", { params: category, body: { data: document } });
    expect(response.status).toBe(201);
    expect(data?.data.id).toBe("sysconf");
  },
  replaceSystemConfig: async () => {
    const stored = await unwrap(kazoo().POST("/system_configs/{SYSTEM_CONFIG_ID}", { params: category, body: { data: document } }));
    // Only the differences from the defaults come back: no default section.
    expect(stored.default).toBeUndefined();
    expect(stored[NODE]).toEqual({ acl_request_timeout_fudge_ms: 101 });
  },
  updateSystemConfig: async () => {
    const stored = await unwrap(
      kazoo().PATCH("/system_configs/{SYSTEM_CONFIG_ID}", {
        params: category,
        body: { data: { [NODE]: { acl_request_timeout_fudge_ms: 102 } } },
      }),
    );
    expect(stored[NODE]).toEqual({ acl_request_timeout_fudge_ms: 102 });
  },
  deleteSystemConfig: async () =>
    expect((await unwrap(kazoo().DELETE("/system_configs/{SYSTEM_CONFIG_ID}", { params: category }))).id).toBe("sysconf"),
  getSystemConfigNode: async () => {
    const { client, last } = spied();
    const values = await unwrap(client.GET("/system_configs/{SYSTEM_CONFIG_ID}/{NODE}", { params: section }));
    // The client percent-encodes the node name's @; Crossbar decodes the segment before routing.
    expect(last()?.pathname).toBe("/v2/system_configs/sysconf/kazoo_apps%40kz1.example.net");
    expect(values.id).toBe(`sysconf/${NODE}`);
  },
  replaceSystemConfigNode: async () => {
    const values = await unwrap(
      kazoo().POST("/system_configs/{SYSTEM_CONFIG_ID}/{NODE}", { params: section, body: { data: { acl_request_timeout_fudge_ms: 101 } } }),
    );
    expect(values.acl_request_timeout_fudge_ms).toBe(101);
  },
  updateSystemConfigNode: async () => {
    const values = await unwrap(
      kazoo().PATCH("/system_configs/{SYSTEM_CONFIG_ID}/{NODE}", {
        params: section,
        body: { data: { acl_request_timeout_fudge_ms: 102 } },
      }),
    );
    expect(values.acl_request_timeout_fudge_ms).toBe(102);
  },
  deleteSystemConfigNode: async () =>
    expect(await unwrap(kazoo().DELETE("/system_configs/{SYSTEM_CONFIG_ID}/{NODE}", { params: section }))).toEqual({
      id: `sysconf/${NODE}`,
    }),
});

describe("system_configs: bad requests", () => {
  it("a category without its default section fails to compile and the mock refuses it with 400", async () => {
    const error = await caught(() =>
      kazoo().POST("/system_configs/{SYSTEM_CONFIG_ID}", {
        params: category,
        // @ts-expect-error the default section is required
        body: { data: { [NODE]: { acl_request_timeout_fudge_ms: 101 } } },
      }),
    );
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(400);
  });
});
