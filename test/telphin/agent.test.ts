import { describe, expect, it } from "vitest";
import { telphin } from "./client.js";

describe("listExtensionAgents", () => {
  it("lists the agents of an extension", async () => {
    const { data } = await telphin().GET("/extension/{extension_id}/agent/", { params: { path: { extension_id: "@101" } } });
    expect(data?.[0]?.status).toBe("available");
  });
});

describe("createExtensionAgent", () => {
  it("answers 201 with the agent", async () => {
    const { data, response } = await telphin().POST("/extension/{extension_id}/agent/", {
      params: { path: { extension_id: "@101" } },
      body: { name: "Petrov", status: "available" },
    });
    expect(response.status).toBe(201);
    expect(data?.busy_delay_time).toBe(10);
  });
});

const local = { client_id: "@me", agent_id: 7 };

describe("listClientAgents", () => {
  it("lists a client's agents (open shape)", async () => {
    const { data, response } = await telphin().GET("/client/{client_id}/agent/local/", { params: { path: { client_id: "@me" } } });
    expect(response.status).toBe(200);
    expect(data).toEqual([]);
  });
});

describe("getClientAgent", () => {
  it("reads one agent (open shape)", async () => {
    const { data, response } = await telphin().GET("/client/{client_id}/agent/local/{agent_id}", { params: { path: local } });
    expect(response.status).toBe(200);
    expect(data).toEqual({});
  });
});

describe("listAgentEvents", () => {
  it("lists an agent's event subscriptions (open shape)", async () => {
    const { data, response } = await telphin().GET("/client/{client_id}/agent/local/{agent_id}/event/", { params: { path: local } });
    expect(response.status).toBe(200);
    expect(data).toEqual([]);
  });
});

describe("createAgentEvent", () => {
  it("subscribes to agent-login and gets 201", async () => {
    const { data, response } = await telphin().POST("/client/{client_id}/agent/local/{agent_id}/event/", {
      params: { path: local },
      body: { event_type: "agent-login", method: "POST", url: "https://myshost.org/agents" },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({});
  });
});

describe("getAgentEvent", () => {
  it("reads one agent subscription (open shape)", async () => {
    const { data, response } = await telphin().GET("/client/{client_id}/agent/local/{agent_id}/event/{event_id}", {
      params: { path: { ...local, event_id: 12 } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({});
  });
});

describe("deleteAgentEvent", () => {
  it("answers 204", async () => {
    const { response } = await telphin().DELETE("/client/{client_id}/agent/local/{agent_id}/event/{event_id}", {
      params: { path: { ...local, event_id: 12 } },
    });
    expect(response.status).toBe(204);
  });
});
