import type { components } from "@callspec/genesys-gws";
import { describe, expect, it } from "vitest";
import { USER_ID, gws } from "./client.js";

describe("getMe", () => {
  it("returns the current user with the subresources asked for", async () => {
    const { data } = await gws().GET("/me", { params: { query: { subresources: "skills,channels" } } });
    expect(data?.user.id).toBe(USER_ID);
    expect(data?.user.roles).toEqual(["ROLE_AGENT"]);
    expect(data?.user.skills?.[0]?.level).toBe("8");
    expect(data?.user.channels?.[0]?.userState?.state).toBe("NotReady");
  });
});

const meOperations: components["schemas"]["MeOperation"][] = [
  { operationName: "StartContactCenterSession", channels: ["voice", "chat"], place: "Place_5005" },
  { operationName: "StartContactCenterSession", channels: ["voice"], devicePath: "/devices/efe1ab32-53f9-43ce-b65e-5768c61f7d4a" },
  { operationName: "Ready" },
  { operationName: "NotReady" },
  { operationName: "DoNotDisturbOn" },
  { operationName: "DoNotDisturbOff" },
  { operationName: "EndContactCenterSession" },
];

describe("performMeOperation", () => {
  it.each(meOperations.map((op) => [op.operationName, op] as const))("%s is accepted", async (_, body) => {
    const { data, response } = await gws().POST("/me", { body });
    expect(response.status).toBe(200);
    expect(data?.statusCode).toBe(0);
  });
});
