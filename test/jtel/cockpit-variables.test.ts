import { one, records } from "@callspec/jtel";
import { describe, expect, it } from "vitest";
import { BASE_PATH, jtel } from "./client.js";

describe("listCockpitVariables", () => {
  it("lists the variables", async () => {
    const [variable] = records(await jtel().GET("/cockpitVariables"));
    expect(variable?.MinBGColor).toBe("#DC143C");
  });
});

describe("getCockpitVariable", () => {
  it("returns one variable", async () => {
    const variable = one(
      await jtel().GET("/cockpitVariables/cockpitVariable/{CockpitVariablesID}", { params: { path: { CockpitVariablesID: 192 } } }),
    );
    expect(variable.ID).toBe(192);
  });
});

describe("setCockpitVariableValue", () => {
  it("PATCHes the value as the last path segment and reads the result code", async () => {
    const client = jtel();
    const { data } = await client.PATCH("/cockpitVariables/cockpitVariable/{CockpitVariablesID}/setValue/{value}", {
      params: { path: { CockpitVariablesID: 192, value: -5 } },
    });
    expect(data?.result).toBe(0);
    expect(client.sent).toEqual([{ method: "PATCH", path: `${BASE_PATH}/cockpitVariables/cockpitVariable/192/setValue/-5` }]);
  });
});
