import { GenesysError, type components } from "@callspec/genesys-gws";
import { describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { USER_ID, documentedNames, gws, recording, testedNames } from "./client.js";

type Schemas = components["schemas"];
const WORKBIN_ID = "8b42f4b1-5c7e-4d1a-9f62-3a7f0c2e9d11";
const OTHER_WORKBIN = "1c0e2a77-0d43-4f1b-8a55-6f5e0b1c2d33";
const EMAIL_URI = "http://gws.example.test:8080/api/v2/emails/0000Na9B26EF00B1";
const workbin = { params: { path: { workbinId: WORKBIN_ID } } };

describe("listWorkbins and listMyWorkbins", () => {
  it("list every workbin, or the agent's own, with their type", async () => {
    const all = await gws().GET("/workbins", { params: { query: { fields: "*" } } });
    const mine = await gws().GET("/me/workbins", { params: { query: { fields: "*" } } });
    for (const { data } of [all, mine]) {
      const workbins = data && "workbins" in data ? data.workbins : [];
      expect(workbins[0]).toMatchObject({ id: WORKBIN_ID, type: "Agent" });
    }
  });
});

describe("getWorkbin and getMyWorkbin", () => {
  it("return the content under the media's name", async () => {
    const { data } = await gws().GET("/workbins/{workbinId}", { params: { ...workbin.params, query: { subresources: "*" } } });
    expect(data?.workbin.workitems?.[0]?.state).toBe("InWorkbin");
    const { client, sent } = recording();
    const mine = await client.GET("/me/workbins/{workbinId}", {
      params: { ...workbin.params, query: { subresources: "email", agentGroup: "Sales Agents" } },
    });
    expect(mine.data?.workbin.emails?.[0]?.state).toBe("InWorkbin");
    expect(sent[0]?.query).toBe("?subresources=email&agentGroup=Sales%20Agents");
  });
});

const workbinOperations: Schemas["WorkbinOperation"][] = [
  { operationName: "AddInteraction", uri: EMAIL_URI },
  { operationName: "AddChat", uri: "http://gws.example.test:8080/api/v2/chats/0000Na9B26EF002X", saveLAR: true },
  { operationName: "AddEmail", uri: EMAIL_URI },
  { operationName: "AddWorkitem", uri: "http://gws.example.test:8080/api/v2/workitems/0000Na9B26EF00C4" },
  { operationName: "PullInteraction", id: "0000Na9B26EF00B1" },
  { operationName: "PullChat", id: "0000Na9B26EF002X" },
  { operationName: "PullEmail", id: "0000Na9B26EF00B1" },
  { operationName: "PullWorkitem", id: "0000Na9B26EF00C4" },
  { operationName: "Subscribe" },
];

describe("performWorkbinOperation", () => {
  it.each(workbinOperations.map((op) => [op.operationName, op] as const))("%s goes to the workbin as sent", async (_, body) => {
    const { client, sent } = recording();
    const { data } = await client.POST("/workbins/{workbinId}", { ...workbin, body });
    expect(data).toEqual({ statusCode: 0, referenceId: 123 });
    expect(sent).toEqual([{ method: "POST", path: `/workbins/${WORKBIN_ID}`, query: "", body }]);
  });

  it("covers every operationName of WorkbinOperation", () => {
    expect(testedNames(workbinOperations)).toEqual(documentedNames("WorkbinOperation"));
  });

  it("covers every operationName of MyWorkbinOperation", () => {
    expect(testedNames(myWorkbinOperations)).toEqual(documentedNames("MyWorkbinOperation"));
  });

  it("covers every operationName of UserWorkbinOperation", () => {
    expect(testedNames(userWorkbinOperations)).toEqual(documentedNames("UserWorkbinOperation"));
  });

  it("an Add without the interaction's uri is refused", async () => {
    const error = await caught(() =>
      gws().POST("/workbins/{workbinId}", {
        ...workbin,
        // @ts-expect-error AddEmail on /workbins/{id} takes the interaction's uri, not its id
        body: { operationName: "AddEmail", id: "0000Na9B26EF00B1" },
      }),
    );
    expect(error).toBeInstanceOf(GenesysError);
    expect((error as GenesysError).status).toBe(400);
  });
});

const myWorkbinOperations: Schemas["MyWorkbinOperation"][] = [
  ...(
    ["AddInteraction", "AddChat", "AddEmail", "AddWorkitem", "AddTweet", "AddFacebook", "AddFacebooksession", "AddOpenmedia"] as const
  ).map((operationName) => ({ operationName, id: "0000Na9B26EF002X" })),
  { operationName: "Subscribe" },
];

describe("performMyWorkbinOperation", () => {
  it.each(myWorkbinOperations.map((op) => [op.operationName, op] as const))("%s on a group workbin", async (_, body) => {
    const { client, sent } = recording();
    const { data } = await client.POST("/me/workbins/{workbinId}", {
      params: { ...workbin.params, query: { agentGroup: "Sales Agents" } },
      body,
    });
    expect(data?.statusCode).toBe(0);
    expect(sent[0]).toMatchObject({ method: "POST", path: `/me/workbins/${WORKBIN_ID}`, query: "?agentGroup=Sales%20Agents", body });
  });
});

describe("subscribeMyWorkbins", () => {
  it("subscribes to several workbins and maps each to its referenceId", async () => {
    const { client, sent } = recording();
    const { data } = await client.POST("/me/workbins", {
      params: { query: { workbinIds: `${WORKBIN_ID},${OTHER_WORKBIN}` } },
      body: { operationName: "Subscribe" },
    });
    expect(data?.referenceIds).toEqual({ [WORKBIN_ID]: 11, [OTHER_WORKBIN]: 12 });
    expect(sent[0]?.query).toBe(`?workbinIds=${WORKBIN_ID}%2C${OTHER_WORKBIN}`);
  });

  it("needs workbinIds", async () => {
    // @ts-expect-error workbinIds is required
    const error = await caught(() => gws().POST("/me/workbins", { body: { operationName: "Subscribe" } }));
    expect((error as GenesysError).status).toBe(400);
  });
});

const userWorkbinOperations: Schemas["UserWorkbinOperation"][] = [
  { operationName: "PullInteraction", id: "0000Na9B26EF00B1" },
  { operationName: "PullChat", id: "0000Na9B26EF002X" },
  { operationName: "PullEmail", id: "0000Na9B26EF00B1" },
  { operationName: "PullWorkitem", id: "0000Na9B26EF00C4" },
  { operationName: "Subscribe" },
];

describe("performUserWorkbinOperation", () => {
  it.each(userWorkbinOperations.map((op) => [op.operationName, op] as const))(
    "a supervisor's %s on an agent's workbin",
    async (_, body) => {
      const { client, sent } = recording();
      const { data } = await client.POST("/users/{userId}/workbins/{workbinId}", {
        params: { path: { userId: USER_ID, workbinId: WORKBIN_ID } },
        body,
      });
      expect(data?.statusCode).toBe(0);
      expect(sent[0]).toMatchObject({ path: `/users/${USER_ID}/workbins/${WORKBIN_ID}`, body });
    },
  );
});
