import { describe, expect, it } from "vitest";
import { telphin } from "./client.js";

// Client-realm resources whose answers are not publicly documented: the spec accepts any JSON object/array.
const me = { client_id: "@me" };

describe("getClientLimit", () => {
  it("answers the open-shape limits", async () => {
    const { data, response } = await telphin().GET("/client/{client_id}/limit/", { params: { path: me } });
    expect(response.status).toBe(200);
    expect(data).toEqual({});
  });
});

describe("listClientAliases", () => {
  it("lists the aliases (open shape)", async () => {
    const { data, response } = await telphin().GET("/client/{client_id}/alias/", { params: { path: me } });
    expect(response.status).toBe(200);
    expect(data).toEqual([]);
  });
});

describe("getClientInfo", () => {
  it("reads the client info at its odd path (open shape)", async () => {
    const { data, response } = await telphin().GET("/client/client_info/{client_id}/", { params: { path: { client_id: "37649" } } });
    expect(response.status).toBe(200);
    expect(data).toEqual({});
  });
});

describe("listTimezones", () => {
  it("lists the time zones at the realm-less path (open shape)", async () => {
    const { data, response } = await telphin().GET("/timezone/");
    expect(response.status).toBe(200);
    expect(data).toEqual([]);
  });
});
