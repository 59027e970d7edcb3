import { one, records } from "@callspec/jtel";
import { describe, expect, it } from "vitest";
import { jtel } from "./client.js";

describe("listAcdEvents", () => {
  it("lists events sorted by creation time", async () => {
    const { data } = await jtel().GET("/acd/events");
    expect(data?.orderBy).toBe("dtCreated");
    expect(data?.records[0]?.dtLastModified).toBe("2020-08-09T02:33:50.347");
  });
});

describe("getAcdEvent", () => {
  it("returns one event", async () => {
    const event = one(await jtel().GET("/acd/events/event/{AcdEventsID}", { params: { path: { AcdEventsID: 7 } } }));
    expect(event.UserData).toBe("123456");
  });
});

describe("listAcdEventTypes", () => {
  it("lists the documented types", async () => {
    const types = records(await jtel().GET("/acd/events/types"));
    expect(types.find((t) => t.ID === 3)?.ShortText).toBe("AcdEventTypes.Callback");
    expect(types).toHaveLength(5);
  });
});

describe("createAcdEvent", () => {
  it("creates a callback event and gets it back", async () => {
    const event = one(
      await jtel().POST("/acd/events/create", {
        body: { AcdEventTypesID: 3, AcdGroupsID: 12, Sender: "+4989461495000", Subject: "Callback requested", Body: "Order 4711" },
      }),
    );
    expect(event.AcdEventStatusID).toBe(20);
  });
});
