import { describe, expect, it } from "vitest";
import { telphin } from "./client.js";

const me = { client_id: "@me" };

describe("listDids", () => {
  it("lists the client's public numbers", async () => {
    const { data } = await telphin().GET("/client/{client_id}/did/", { params: { path: me } });
    expect(data?.[0]?.name).toBe("78123092631");
  });
});

describe("getDid", () => {
  it("reads one number", async () => {
    const { data } = await telphin().GET("/client/{client_id}/did/{did_id}", { params: { path: { ...me, did_id: 1001 } } });
    expect(data?.extension_id).toBe(149);
  });
});

describe("updateDid", () => {
  it("routes a number to an extension", async () => {
    const { data, response } = await telphin().PUT("/client/{client_id}/did/{did_id}", {
      params: { path: { ...me, did_id: 1001 } },
      body: { extension_id: 149 },
    });
    expect(response.status).toBe(200);
    expect(data?.id).toBe(1001);
  });
});
