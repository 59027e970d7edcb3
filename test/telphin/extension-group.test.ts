import { describe, expect, it } from "vitest";
import { telphin } from "./client.js";

const me = { client_id: "@me" };

describe("listExtensionGroups", () => {
  it("lists the client's groups", async () => {
    const { data } = await telphin().GET("/client/{client_id}/extension_group/", { params: { path: me } });
    expect(data?.[0]).toEqual({ id: 14, name: "New group of internal numbers", client_id: 12, extra_params: null });
  });
});

describe("createExtensionGroup", () => {
  it("answers 201 with the group", async () => {
    const { data, response } = await telphin().POST("/client/{client_id}/extension_group/", {
      params: { path: me },
      body: { name: "New group of internal numbers", extra_params: "" },
    });
    expect(response.status).toBe(201);
    expect(data?.id).toBe(14);
  });
});

describe("getExtensionGroup", () => {
  it("reads one group", async () => {
    const { data } = await telphin().GET("/client/{client_id}/extension_group/{extension_group_id}", {
      params: { path: { ...me, extension_group_id: 14 } },
    });
    expect(data?.name).toBe("New group of internal numbers");
  });
});

describe("updateExtensionGroup", () => {
  it("renames a group", async () => {
    const { data, response } = await telphin().PUT("/client/{client_id}/extension_group/{extension_group_id}", {
      params: { path: { ...me, extension_group_id: 14 } },
      body: { name: "Sales" },
    });
    expect(response.status).toBe(200);
    expect(data?.client_id).toBe(12);
  });
});

describe("deleteExtensionGroup", () => {
  it("answers 204", async () => {
    const { response } = await telphin().DELETE("/client/{client_id}/extension_group/{extension_group_id}", {
      params: { path: { ...me, extension_group_id: 14 } },
    });
    expect(response.status).toBe(204);
  });
});
