import { TelphinRequestError, downloadRecord } from "@callspec/telphin";
import { describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { RECORD_UUID, telphin } from "./client.js";

const range = { start_datetime: "2021-01-01 00:00:00", end_datetime: "2021-02-28 23:59:59" };

describe("listClientRecords", () => {
  it("lists recordings in a range reaching the end of the following month", async () => {
    const { data } = await telphin().GET("/client/{client_id}/record/", {
      params: { path: { client_id: "@me" }, query: { ...range, order: "asc" } },
    });
    expect(data?.[0]?.file_name).toBe("2021-01-01-00-00-18-UTC_out_0541_ypgt.mp3");
    expect(data?.[0]?.record_uuid).toMatch(/^468944-[0-9A-F]{32}$/);
  });

  it("refuses a range past the end of the following month before sending", async () => {
    const error = await caught(() =>
      telphin().GET("/client/{client_id}/record/", {
        params: { path: { client_id: "@me" }, query: { start_datetime: "2021-01-31 00:00:00", end_datetime: "2021-03-01 00:00:00" } },
      }),
    );
    expect(error).toBeInstanceOf(TelphinRequestError);
    expect(String(error)).toContain("2021-02-28");
  });
});

describe("deleteClientRecords", () => {
  it("deletes a range and answers 204", async () => {
    const { response } = await telphin().DELETE("/client/{client_id}/record/", { params: { path: { client_id: "@me" }, query: range } });
    expect(response.status).toBe(204);
  });
});

describe("listGroupRecords", () => {
  it("lists a group's recordings", async () => {
    const { data } = await telphin().GET("/extension_group/{extension_group_id}/record/", {
      params: { path: { extension_group_id: "14" }, query: range },
    });
    expect(data?.[0]?.client_owner_id).toBe(37649);
  });
});

describe("listExtensionRecords", () => {
  it("lists an extension's recordings", async () => {
    const { data } = await telphin().GET("/extension/{extension_id}/record/", { params: { path: { extension_id: "@me" }, query: range } });
    expect(data?.[0]?.record_file_size).toBe(34416);
  });
});

describe("downloadRecord", () => {
  it("downloads the MP3 as bytes", async () => {
    const bytes = await downloadRecord(telphin(), RECORD_UUID);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes.byteLength).toBeGreaterThan(0);
  });
});

describe("deleteRecord", () => {
  it("answers 204", async () => {
    const { response } = await telphin().DELETE("/client/{client_id}/record/{record_uuid}", {
      params: { path: { client_id: "@me", record_uuid: RECORD_UUID } },
    });
    expect(response.status).toBe(204);
  });
});

describe("getRecordStorageUrl", () => {
  it("answers a storage.telphin.ru link", async () => {
    const { data } = await telphin().GET("/client/{client_id}/record/{record_uuid}/storage_url/", {
      params: { path: { client_id: "@me", record_uuid: RECORD_UUID } },
    });
    expect(new URL(data!.record_url).host).toBe("storage.telphin.ru");
  });
});

describe("getClientRecordStats", () => {
  it("answers the open-shape statistics of a date range", async () => {
    const { data, response } = await telphin().GET("/client/{client_id}/record/stats/", {
      params: { path: { client_id: "@me" }, query: range },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({});
  });
});

describe("createClientRecordArchive", () => {
  it("posts a JSON body and gets an open-shape answer", async () => {
    const { data, response } = await telphin().POST("/client/{client_id}/record/archive/", {
      params: { path: { client_id: "@me" } },
      body: {},
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({});
  });
});
