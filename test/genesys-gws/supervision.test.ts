import { GenesysError, type components } from "@callspec/genesys-gws";
import { describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { DEVICE_ID, USER_ID, documentedNames, gws, recording, testedNames } from "./client.js";

type Schemas = components["schemas"];
const TARGET = "http://gws.example.test:8080/api/v2/devices/9c14cad7-17c4-48d0-8492-7cf0ff92c224";

const monitoring: Schemas["DeviceOperation"][] = [
  { operationName: "ListenIn", targetDeviceUri: TARGET },
  { operationName: "Coach", targetDeviceUri: TARGET, supervisorMonitoringScope: "Agent", supervisorMonitoringMode: "NextCall" },
  {
    operationName: "BargeIn",
    targetDeviceUri: TARGET,
    supervisorMonitoringScope: "Call",
    supervisorMonitoringMode: "AllCalls",
    phoneNumber: "7001",
  },
  { operationName: "CancelSupervisorMonitoring" },
];

describe("performDeviceOperation: supervisor monitoring", () => {
  it.each(monitoring.map((op) => [op.operationName, op] as const))("%s goes to the supervisor's device", async (_, body) => {
    const { client, sent } = recording();
    const { data } = await client.POST("/me/devices/{deviceId}", { params: { path: { deviceId: DEVICE_ID } }, body });
    expect(data?.statusCode).toBe(0);
    expect(sent[0]).toMatchObject({ method: "POST", path: `/me/devices/${DEVICE_ID}`, body });
  });

  it("ListenIn without targetDeviceUri neither type-checks nor passes the mock", async () => {
    const error = await caught(() =>
      // @ts-expect-error ListenIn requires targetDeviceUri
      gws().POST("/me/devices/{deviceId}", { params: { path: { deviceId: DEVICE_ID } }, body: { operationName: "ListenIn" } }),
    );
    expect(error).toBeInstanceOf(GenesysError);
    expect((error as GenesysError).status).toBe(400);
  });

  it("an unknown monitoring scope is refused", async () => {
    const error = await caught(() =>
      gws().POST("/me/devices/{deviceId}", {
        params: { path: { deviceId: DEVICE_ID } },
        // @ts-expect-error the scope is Agent or Call
        body: { operationName: "Coach", targetDeviceUri: TARGET, supervisorMonitoringScope: "Team" },
      }),
    );
    expect((error as GenesysError).status).toBe(400);
  });
});

const agentControl: [string, Schemas["UserChannelOperation"]][] = [
  ["voice", { operationName: "Ready" }],
  ["voice", { operationName: "NotReady" }],
  ["chat", { operationName: "Offline" }],
  ["email", { operationName: "DoNotDisturbOn" }],
  ["email", { operationName: "DoNotDisturbOff" }],
  ["smssession", { operationName: "Monitor", supervisorMonitoringMode: "NextChat" }],
  ["chat", { operationName: "Coach", supervisorMonitoringMode: "AllChats", nickname: "Supervisor" }],
  ["smssession", { operationName: "BargeIn" }],
  ["smssession", { operationName: "CancelSupervisorMonitoring" }],
];

describe("performUserChannelOperation", () => {
  it.each(agentControl.map(([channel, op]) => [`${op.operationName} on ${channel}`, channel, op] as const))(
    "%s goes to the agent's channel",
    async (_, channelId, body) => {
      const { client, sent } = recording();
      const { data } = await client.POST("/users/{userId}/channels/{channelId}", {
        params: { path: { userId: USER_ID, channelId } },
        body,
      });
      expect(data?.statusCode).toBe(0);
      expect(sent[0]).toMatchObject({ method: "POST", path: `/users/${USER_ID}/channels/${channelId}`, body });
    },
  );

  it("covers every operationName of UserChannelOperation", () => {
    expect(testedNames(agentControl.map(([, op]) => op))).toEqual(documentedNames("UserChannelOperation"));
  });

  it("a chat monitoring mode outside NextChat and AllChats is refused", async () => {
    const error = await caught(() =>
      gws().POST("/users/{userId}/channels/{channelId}", {
        params: { path: { userId: USER_ID, channelId: "chat" } },
        // @ts-expect-error chat monitoring modes are NextChat and AllChats (NextCall is for voice)
        body: { operationName: "Monitor", supervisorMonitoringMode: "NextCall" },
      }),
    );
    expect((error as GenesysError).status).toBe(400);
  });
});
