import { one, records } from "@callspec/jtel";
import { describe, expect, it } from "vitest";
import { jtel } from "./client.js";

// Users, AcdGroups and ServiceNumbers: the same list + get shape, read-only.
describe("listUsers", () => {
  it("lists users sorted by UID", async () => {
    const result = await jtel().GET("/users");
    expect(result.data?.orderBy).toBe("UID");
    expect(result.data?.count).toBe(22);
    expect(records(result)[0]?.TelStatusID).toBe(0);
  });
});

describe("getUser", () => {
  it("returns one user", async () => {
    expect(one(await jtel().GET("/users/user/{UsersID}", { params: { path: { UsersID: 3 } } })).TelStatusID).toBe(0);
  });
});

describe("listAcdGroups", () => {
  it("lists ACD groups", async () => {
    const result = await jtel().GET("/acd/groups");
    expect(result.data?.count).toBe(40);
    expect(records(result)[0]?.ServiceLevelSeconds).toBe(30);
  });
});

describe("getAcdGroup", () => {
  it("returns one ACD group", async () => {
    expect(one(await jtel().GET("/acd/groups/group/{AcdGroupsID}", { params: { path: { AcdGroupsID: 12 } } })).QueueMusicID4Sec).toBe(-1);
  });
});

describe("listServiceNumbers", () => {
  it("lists service numbers sorted by Name2", async () => {
    const result = await jtel().GET("/serviceNumbers");
    expect(result.data?.orderBy).toBe("Name2");
    expect(records(result)[0]?.EndNumber).toBe("");
  });
});

describe("getServiceNumber", () => {
  it("returns one service number (lower-case path parameter)", async () => {
    const client = jtel();
    const number = one(
      await client.GET("/serviceNumbers/serviceNumber/{serviceNumbersID}", { params: { path: { serviceNumbersID: 14 } } }),
    );
    expect(number.EndNumber).toBe("");
    expect(client.sent[0]?.path).toMatch(/\/serviceNumbers\/serviceNumber\/14$/);
  });
});
