import type { components } from "@callspec/genesys-gws";
import { describe, expect, it } from "vitest";
import { DEVICE_ID, documentedNames, gws, testedNames } from "./client.js";

const device = { params: { path: { deviceId: DEVICE_ID } } };

describe("listMyDevices", () => {
  it("lists the agent's devices as objects", async () => {
    const { data } = await gws().GET("/me/devices", { params: { query: { fields: "*" } } });
    const devices = data && "devices" in data ? data.devices : [];
    expect(devices[0]?.phoneNumber).toBe("5005");
    expect(devices[0]?.deviceState).toBe("Active");
  });
});

describe("getMyDevice", () => {
  it("returns one device", async () => {
    const { data } = await gws().GET("/me/devices/{deviceId}", device);
    expect(data?.device.userState?.state).toBe("NotReady");
    expect(data?.device.doNotDisturb).toBe("Off");
  });
});

const deviceOperations: components["schemas"]["DeviceOperation"][] = [
  { operationName: "DoNotDisturbOn" },
  { operationName: "DoNotDisturbOff" },
  { operationName: "ForwardCallsOn", destination: "5010" },
  { operationName: "ForwardCallsOff" },
  { operationName: "ListenIn", targetDeviceUri: "http://gws.example.test:8080/api/v2/devices/9c14cad7-17c4-48d0-8492-7cf0ff92c224" },
  { operationName: "Coach", targetDeviceUri: "http://gws.example.test:8080/api/v2/devices/9c14cad7-17c4-48d0-8492-7cf0ff92c224" },
  { operationName: "BargeIn", targetDeviceUri: "http://gws.example.test:8080/api/v2/devices/9c14cad7-17c4-48d0-8492-7cf0ff92c224" },
  { operationName: "CancelSupervisorMonitoring" },
];

describe("performDeviceOperation", () => {
  it.each(deviceOperations.map((op) => [op.operationName, op] as const))("%s is accepted", async (_, body) => {
    const { data } = await gws().POST("/me/devices/{deviceId}", { ...device, body });
    expect(data?.statusCode).toBe(0);
  });

  it("covers every operationName of DeviceOperation", () => {
    expect(testedNames(deviceOperations)).toEqual(documentedNames("DeviceOperation"));
  });
});

describe("listDevices", () => {
  it("lists the contact center's devices", async () => {
    const { data } = await gws().GET("/devices", { params: { query: { fields: "id,phoneNumber" } } });
    expect(data && "devices" in data ? data.devices[0]?.id : undefined).toBe(DEVICE_ID);
  });
});

describe("getDevice", () => {
  it("returns one device", async () => {
    const { data } = await gws().GET("/devices/{deviceId}", device);
    expect(data?.device.telephonyNetwork).toBe("Private");
  });
});
