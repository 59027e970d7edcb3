import { describe, expect, it } from "vitest";
import { SKILL_ID, gws } from "./client.js";

describe("listSkills", () => {
  it("lists skills with fields=*", async () => {
    const { data } = await gws().GET("/skills", { params: { query: { fields: "*" } } });
    expect(data && "skills" in data ? data.skills[0]?.description : undefined).toBe("Sales inquiries");
  });
});

describe("getSkill", () => {
  it("returns one skill", async () => {
    const { data } = await gws().GET("/skills/{skillId}", { params: { path: { skillId: SKILL_ID } } });
    expect(data?.skill.name).toBe("Sales");
  });
});
