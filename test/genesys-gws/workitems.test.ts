import { GenesysError, type components } from "@callspec/genesys-gws";
import { describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { documentedNames, gws, recording, testedNames } from "./client.js";

const WORKITEM_ID = "0000Na9B26EF00C4";
const QUEUE = "http://gws.example.test:8080/api/v2/queues/a58fe4c8-6c4b-4f43-9d0c-1b9a4b6c1f0e";

describe("listMyWorkitems", () => {
  it("lists an offered workitem with Accept and Reject", async () => {
    const { data } = await gws().GET("/me/workitems", { params: { query: { fields: "*" } } });
    const workitems = data && "workitems" in data ? data.workitems : [];
    expect(workitems[0]?.state).toBe("Invited");
    expect(workitems[0]?.capabilities).toEqual(["Accept", "Reject"]);
  });
});

describe("createWorkitem", () => {
  it("creates a workitem in a queue", async () => {
    const { client, sent } = recording();
    const { data } = await client.POST("/me/workitems", { body: { operationName: "Create", queueUri: QUEUE } });
    expect(data?.referenceId).toBe(123);
    expect(sent[0]).toMatchObject({ method: "POST", path: "/me/workitems", body: { operationName: "Create", queueUri: QUEUE } });
  });
});

const workitemOperations: components["schemas"]["WorkitemOperation"][] = [
  { operationName: "Accept" },
  { operationName: "Reject" },
  { operationName: "Complete" },
  { operationName: "Complete", queueName: "Done" },
  { operationName: "AttachUserData", userData: { Priority: "high" } },
  { operationName: "UpdateUserData", userData: { Priority: "low" } },
  { operationName: "DeleteUserData", keys: ["Priority"] },
];

describe("performWorkitemOperation", () => {
  it.each(workitemOperations.map((op, i) => [`${op.operationName} #${i}`, op] as const))(
    "%s goes to the workitem as sent",
    async (_, body) => {
      const { client, sent } = recording();
      const { data } = await client.POST("/me/workitems/{workitemId}", { params: { path: { workitemId: WORKITEM_ID } }, body });
      expect(data?.statusCode).toBe(0);
      expect(sent).toEqual([{ method: "POST", path: `/me/workitems/${WORKITEM_ID}`, query: "", body }]);
    },
  );

  it("covers every operationName of WorkitemOperation", () => {
    expect(testedNames(workitemOperations)).toEqual(documentedNames("WorkitemOperation"));
  });

  it("AttachUserData without userData is refused", async () => {
    const error = await caught(() =>
      gws().POST("/me/workitems/{workitemId}", {
        params: { path: { workitemId: WORKITEM_ID } },
        // @ts-expect-error AttachUserData requires userData
        body: { operationName: "AttachUserData" },
      }),
    );
    expect(error).toBeInstanceOf(GenesysError);
    expect((error as GenesysError).status).toBe(400);
  });
});
