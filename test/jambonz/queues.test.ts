import { describe, expect, it } from "vitest";
import { jambonz } from "./client.js";

// Queues: every operation of the tag, through the client, against the Prism mock (request validation on).

describe("listQueues", () => {
  it("List active queues", async () => {
    const { data, response } = await jambonz().GET("/Accounts/{AccountSid}/Queues", {
      params: { path: { AccountSid: "a36c677b-b93d-4d54-8282-d506f2819691" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual([
      { name: "support", length: 2 },
      { name: "sales", length: 0 },
    ]);
  });
});
