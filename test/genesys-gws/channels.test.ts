import type { components } from "@callspec/genesys-gws";
import { describe, expect, it } from "vitest";
import { gws } from "./client.js";

describe("listMyChannels", () => {
  it("lists the state per channel", async () => {
    const { data } = await gws().GET("/me/channels");
    expect(data?.channels[0]?.channel).toBe("voice");
    expect(data?.channels[0]?.userState?.displayName).toBe("Not Ready");
  });
});

const channelOperations: components["schemas"]["ChannelOperation"][] = [
  { operationName: "Ready" },
  { operationName: "NotReady" },
  { operationName: "AfterCallWork", wrapUpTime: "0" },
  { operationName: "Ready", workmode: "ManualIn" },
  { operationName: "AuxWork" },
];

describe("performChannelOperation", () => {
  it.each(channelOperations.map((op) => [op.operationName, op] as const))("%s on voice is accepted", async (_, body) => {
    const { data } = await gws().POST("/me/channels/{channel}", { params: { path: { channel: "voice" } }, body });
    expect(data?.statusCode).toBe(0);
  });

  it("works on a multimedia channel too", async () => {
    const { data } = await gws().POST("/me/channels/{channel}", {
      params: { path: { channel: "chat" } },
      body: { operationName: "NotReady" },
    });
    expect(data?.statusCode).toBe(0);
  });
});
