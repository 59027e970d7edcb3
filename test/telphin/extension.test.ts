import { describe, expect, it } from "vitest";
import { telphin } from "./client.js";

const me = { client_id: "@me" };

describe("listClientExtensions", () => {
  it("lists a client's extensions, filtered by group and type", async () => {
    const { data, response } = await telphin().GET("/client/{client_id}/extension/", {
      params: { path: me, query: { extension_group_id: 1, type: "phone", page: 1, per_page: 30 } },
    });
    expect(response.status).toBe(200);
    expect(data?.[0]?.name).toBe("000*300");
    expect(data?.[0]?.type).toBe("phone");
  });
});

describe("createClientExtension", () => {
  it("adds an extension and answers 201 with it", async () => {
    const { data, response } = await telphin().POST("/client/{client_id}/extension/", {
      params: { path: me },
      body: { name: "300", type: "phone", status: "active", label: "Petrov" },
    });
    expect(response.status).toBe(201);
    expect(data?.id).toBe(30);
    expect(data?.create_date).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });
});

describe("getClientExtension", () => {
  it("reads one extension by its numeric id", async () => {
    const { data } = await telphin().GET("/client/{client_id}/extension/{extension_id}", {
      params: { path: { client_id: "37649", extension_id: 2 } },
    });
    expect(data?.label).toBe("Petrov");
    expect(data?.extension_group_id).toBe(14);
  });
});

describe("updateClientExtension", () => {
  it("moves an extension into a group and answers with the whole extension", async () => {
    const { data, response } = await telphin().PUT("/client/{client_id}/extension/{extension_id}", {
      params: { path: { ...me, extension_id: 30 } },
      body: { extension_group_id: 14 },
    });
    expect(response.status).toBe(200);
    expect(data?.status).toBe("active");
  });
});

describe("deleteClientExtension", () => {
  it("answers 204 with no body", async () => {
    const { data, response } = await telphin().DELETE("/client/{client_id}/extension/{extension_id}", {
      params: { path: { ...me, extension_id: 30 } },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("listGroupExtensions", () => {
  it("lists a group's extensions in the extension_group realm", async () => {
    const { data } = await telphin().GET("/extension_group/{extension_group_id}/extension/", {
      params: { path: { extension_group_id: "@me" }, query: { type: "phone" } },
    });
    expect(data?.[0]?.client_id).toBe(12);
  });
});
