import { describe, expect, it } from "vitest";
import { gws } from "./client.js";

describe("listSettingsGroups", () => {
  it("lists groups with their key attribute", async () => {
    const { data } = await gws().GET("/settings");
    expect(data?.settings.find((g) => g.displayName === "Voice Operations")?.key).toBe("operationName");
  });
});

describe("createSettingsGroup", () => {
  it("creates a custom group", async () => {
    const { data } = await gws().POST("/settings", { body: { displayName: "Dispositions", name: "dispositions", key: "code" } });
    expect(data?.statusCode).toBe(0);
  });
});

describe("getSettings", () => {
  it("returns general-settings as one object", async () => {
    const { data } = await gws().GET("/settings/{group}", { params: { path: { group: "general-settings" } } });
    const settings = data?.settings;
    expect(settings && !Array.isArray(settings) ? settings.countryCode : undefined).toBe("US");
  });
});

describe("addSetting", () => {
  it("adds a setting", async () => {
    const { data } = await gws().POST("/settings/{group}", {
      params: { path: { group: "dispositions" } },
      body: { code: "SALE", displayName: "Sale made" },
    });
    expect(data?.statusCode).toBe(0);
  });
});

describe("updateSetting", () => {
  it("replaces a setting", async () => {
    const { data } = await gws().PUT("/settings/{group}", {
      params: { path: { group: "dispositions" } },
      body: { code: "SALE", displayName: "Sale closed" },
    });
    expect(data?.statusCode).toBe(0);
  });
});

describe("createMySettingsGroup", () => {
  it("creates a group of the current user", async () => {
    const { data } = await gws().POST("/me/settings", { body: { displayName: "Favorites", name: "favorites", key: "name" } });
    expect(data?.statusCode).toBe(0);
  });
});
